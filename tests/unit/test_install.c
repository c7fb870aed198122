/*
 * b24_install: the checks of an install request (every field, the https
 * rule, the portal's own endpoint, the trusted authorization servers) and
 * of the authorization server's app.info answer.
 */
#include "b24_test.h"
#include "b24_install.h"

#define SERVER "https://localhost:9443/"

static b24_install_request good(void)
{
	b24_install_request r;

	memset(&r, 0, sizeof(r));
	r.form = B24_INSTALL_FORM_EVENT;
	r.access_token = "a1b2c3";
	r.refresh_token = "r1b2c3";
	r.expires_in = "3600";
	r.domain = "portal.bitrix24.com";
	r.member_id = "d897063e0123456789abcdef01234567";
	r.client_endpoint = "https://portal.bitrix24.com/rest/";
	r.server_endpoint = "https://oauth.bitrix.info/rest/";
	r.application_token = "51856fef";
	r.scope = "crm,placement";
	r.status = "L";
	return r;
}

static void expect(const b24_install_request *r, enum b24_install_verdict v, const char *field)
{
	b24_install_result res = b24_install_check(r, SERVER);

	CHECK_STR(b24_install_verdict_code(res.verdict), b24_install_verdict_code(v));
	if (field) {
		CHECK_STR(res.field, field);
	}
}

static void test_good_requests(void)
{
	b24_install_request r = good();

	expect(&r, B24_INSTALL_OK, NULL);
	r.server_endpoint = "https://oauth.bitrix24.tech/rest/";
	expect(&r, B24_INSTALL_OK, NULL);
	r.server_endpoint = "https://LOCALHOST:9443/rest/";
	expect(&r, B24_INSTALL_OK, NULL);
	r.domain = "localhost:8443";
	r.client_endpoint = "https://localhost:8443/rest/";
	expect(&r, B24_INSTALL_OK, NULL);
	/* the placement form needs no application_token */
	r.form = B24_INSTALL_FORM_PLACEMENT;
	r.application_token = NULL;
	r.protocol = "1";
	expect(&r, B24_INSTALL_OK, NULL);
}

static void test_missing_and_bad_fields(void)
{
	b24_install_request r = good();

	r.access_token = NULL;
	expect(&r, B24_INSTALL_MISSING_FIELD, "access_token");
	r = good();
	r.refresh_token = "";
	expect(&r, B24_INSTALL_MISSING_FIELD, "refresh_token");
	r = good();
	r.application_token = NULL;
	expect(&r, B24_INSTALL_MISSING_FIELD, "application_token");
	r = good();
	r.member_id = "../../etc/passwd";
	expect(&r, B24_INSTALL_BAD_FIELD, "member_id");
	r = good();
	r.access_token = "a b";
	expect(&r, B24_INSTALL_BAD_FIELD, "access_token");
	r = good();
	r.expires_in = "36x";
	expect(&r, B24_INSTALL_BAD_FIELD, "expires_in");
	r = good();
	r.domain = "portal.bitrix24.com/x";
	expect(&r, B24_INSTALL_BAD_FIELD, "domain");
	r = good();
	r.user_id = "one";
	expect(&r, B24_INSTALL_BAD_FIELD, "user_id");
	r = good();
	r.server_endpoint = NULL;
	expect(&r, B24_INSTALL_MISSING_FIELD, "server_endpoint");
	r.form = B24_INSTALL_FORM_NONE;
	expect(&r, B24_INSTALL_NOT_AN_INSTALL, NULL);
}

static void test_endpoints(void)
{
	b24_install_request r = good();

	r.client_endpoint = "http://portal.bitrix24.com/rest/";
	expect(&r, B24_INSTALL_INSECURE, "client_endpoint");
	r.client_endpoint = "https://attacker.example/rest/";
	expect(&r, B24_INSTALL_FOREIGN_ENDPOINT, "client_endpoint");
	r.client_endpoint = "https://portal.bitrix24.com:8443/rest/";
	expect(&r, B24_INSTALL_FOREIGN_ENDPOINT, "client_endpoint");
	r.client_endpoint = "https://portal.bitrix24.com/other/";
	expect(&r, B24_INSTALL_FOREIGN_ENDPOINT, "client_endpoint");
	r = good();
	r.server_endpoint = "http://oauth.bitrix.info/rest/";
	expect(&r, B24_INSTALL_INSECURE, "server_endpoint");
	r.server_endpoint = "https://oauth.bitrix.info.attacker.example/rest/";
	expect(&r, B24_INSTALL_UNTRUSTED_SERVER, "server_endpoint");
	r.server_endpoint = "https://localhost:9444/rest/";
	expect(&r, B24_INSTALL_UNTRUSTED_SERVER, "server_endpoint");
	r.server_endpoint = "https://oauth.bitrix.info/oauth/";
	expect(&r, B24_INSTALL_BAD_FIELD, "server_endpoint");
	r = good();
	r.form = B24_INSTALL_FORM_PLACEMENT;
	r.protocol = "0";
	expect(&r, B24_INSTALL_INSECURE, "PROTOCOL");
	/* no configured server: only Bitrix24's */
	r = good();
	r.server_endpoint = "https://localhost:9443/rest/";
	CHECK_INT(b24_install_check(&r, NULL).verdict, B24_INSTALL_UNTRUSTED_SERVER);
}

#define INFO(client, member, domain) \
	"{\"result\":{\"client_id\":\"" client "\",\"scope\":\"crm\",\"install\":{\"installed\":true," \
	"\"member_id\":\"" member "\",\"domain\":\"" domain "\"},\"user_id\":7}}"

static enum b24_install_verdict info(const char *body, long long *uid)
{
	return b24_install_check_app_info(body, strlen(body), "local.1", "m1", "portal.example", uid);
}

static void test_app_info(void)
{
	long long uid = -1;

	CHECK_INT(info(INFO("local.1", "m1", "Portal.Example"), &uid), B24_INSTALL_OK);
	CHECK_INT(uid, 7);
	CHECK_INT(info(INFO("local.2", "m1", "portal.example"), &uid), B24_INSTALL_WRONG_APP);
	CHECK_INT(info(INFO("local.1", "m2", "portal.example"), &uid), B24_INSTALL_WRONG_PORTAL);
	CHECK_INT(info(INFO("local.1", "m1", "other.example"), &uid), B24_INSTALL_WRONG_PORTAL);
	/* the portal's own answer (CODE, no install block) is not the authorization server's */
	CHECK_INT(info("{\"result\":{\"ID\":1,\"CODE\":\"local.1\",\"INSTALLED\":true}}", &uid), B24_INSTALL_VERIFY_FAILED);
	CHECK_INT(info("{\"error\":\"invalid_token\"}", &uid), B24_INSTALL_VERIFY_FAILED);
	CHECK_INT(info("{\"result\":", &uid), B24_INSTALL_VERIFY_FAILED);
	CHECK_INT(info("", &uid), B24_INSTALL_VERIFY_FAILED);
}

static void test_shapes(void)
{
	long long n = 0;

	CHECK(b24_install_member_id_valid("abc-DEF_09"));
	CHECK(!b24_install_member_id_valid("a.b"));
	CHECK(!b24_install_member_id_valid(""));
	CHECK(b24_install_event_name_valid("ONCRMDEALADD"));
	CHECK(b24_install_event_name_valid("BackgroundCallCard::answerButtonClick"));
	CHECK(!b24_install_event_name_valid("ON CRM"));
	CHECK(b24_install_domain_valid("localhost:8443"));
	CHECK(!b24_install_domain_valid("localhost:"));
	CHECK(!b24_install_domain_valid("a:1:2"));
	CHECK(!b24_install_domain_valid(":80"));
	CHECK(b24_install_number("1766047124", &n));
	CHECK_INT(n, 1766047124LL);
	CHECK(!b24_install_number("-1", &n));
	CHECK(!b24_install_number("1234567890123456789", &n));
}

int main(void)
{
	B24T_RUN(test_good_requests);
	B24T_RUN(test_missing_and_bad_fields);
	B24T_RUN(test_endpoints);
	B24T_RUN(test_app_info);
	B24T_RUN(test_shapes);
	return b24t_finish();
}
