/*
 * Unit tests of b24_catalog: lookups in the generated tables, the one
 * membership rule (an event belongs to a placement only when its column
 * lists that exact code), typed columns, and the classification of event
 * names with did-you-mean suggestions.
 */
#include <string.h>

#include "b24_catalog.h"
#include "b24_test.h"

#define EV "BackgroundCallCard::answerButtonClick"

static int raised_by(const char *event, const char *code)
{
	return b24_catalog_event_raised_by(b24_catalog_event(event, strlen(event)), code, strlen(code));
}

static void test_raised_by(void)
{
	CHECK(raised_by("CallCard::BeforeClose", "CALL_CARD"));
	CHECK(raised_by("CallCard::BeforeClose", "call_card"));
	/* Parts of a code, or a code with more, are other placements. */
	CHECK(!raised_by("CallCard::BeforeClose", "CARD"));
	CHECK(!raised_by("CallCard::BeforeClose", "CALL"));
	CHECK(!raised_by("CallCard::BeforeClose", "CALL_CARD_X"));
	CHECK(!raised_by("CallCard::BeforeClose", ""));
	CHECK(!raised_by(EV, "WORKER"));
	CHECK(raised_by(EV, "PAGE_BACKGROUND_WORKER"));
	/* A column with three codes: each one, and only whole ones. */
	CHECK(raised_by("onCrmEntityIsNeedToCreate", "CRM_DETAIL_SEARCH"));
	CHECK(raised_by("onCrmEntityIsNeedToCreate", "CRM_REQUISITE_AUTOCOMPLETE"));
	CHECK(raised_by("onCrmEntityIsNeedToCreate", "CRM_BANK_DETAIL_AUTOCOMPLETE"));
	CHECK(!raised_by("onCrmEntityIsNeedToCreate", "CRM_DETAIL_SEARCH,CRM_REQUISITE_AUTOCOMPLETE"));
	CHECK(!raised_by("onCrmEntityIsNeedToCreate", "AUTOCOMPLETE"));
	CHECK(!b24_catalog_event_raised_by(NULL, "CALL_CARD", 9));
}

static void test_typed_columns(void)
{
	const b24_placement_info *w = b24_catalog_placement("PAGE_BACKGROUND_WORKER", 22);
	const b24_placement_info *m = b24_catalog_placement("left_menu", 9);

	CHECK(w && w->single == 1 && w->user_mode == 1);
	CHECK(b24_catalog_requires_option(w, "errorHandlerUrl"));
	CHECK(!b24_catalog_requires_option(w, "errorHandler"));
	CHECK(m && m->single == 0 && m->user_mode == 0);
	CHECK(!b24_catalog_requires_option(m, "errorHandlerUrl"));
	CHECK(b24_catalog_requires_option(b24_catalog_placement("IM_TEXTAREA", 11), "iconName"));
	CHECK(!b24_catalog_requires_option(b24_catalog_placement("IM_TEXTAREA", 11), "color"));
	CHECK(!b24_catalog_requires_option(NULL, "errorHandlerUrl"));
}

static void test_placements(void)
{
	const b24_placement_info *p;

	CHECK(b24_catalog_placement_count() > 0);
	p = b24_catalog_placement("PAGE_BACKGROUND_WORKER", 22);
	CHECK(p != NULL);
	if (p) {
		CHECK_INT(p->single, 1);
		CHECK_STR(p->options, "errorHandlerUrl");
		CHECK_STR(p->required_options, "errorHandlerUrl");
	}
	CHECK(b24_catalog_placement("left_menu", 9) == b24_catalog_placement("LEFT_MENU", 9));
	p = b24_catalog_placement("CRM_DYNAMIC_183_DETAIL_TAB", 26);
	CHECK(p != NULL && strcmp(p->code, "CRM_DYNAMIC_<id>_DETAIL_TAB") == 0);
	CHECK(b24_catalog_placement("CRM_DYNAMIC__DETAIL_TAB", 23) == NULL);
	CHECK(b24_catalog_placement("CRM_DYNAMIC_1x_DETAIL_TAB", 25) == NULL);
	CHECK(b24_catalog_placement("NOT_A_PLACEMENT", 15) == NULL);
	CHECK(b24_catalog_placement_at(b24_catalog_placement_count()) == NULL);
	/* cells are never NULL, "-" became "" */
	p = b24_catalog_placement("LEFT_MENU", 9);
	CHECK(p != NULL && p->options && p->options[0] == '\0');
}

static void test_events(void)
{
	const b24_event_info *e;
	size_t i;

	CHECK(b24_catalog_event_count() > 0);
	e = b24_catalog_event("BackgroundCallCard::initialized", 31);
	CHECK(e != NULL && strcmp(e->placement, "PAGE_BACKGROUND_WORKER") == 0);
	/* interface events are case-sensitive: a REST event name is not one of them */
	CHECK(b24_catalog_event("backgroundcallcard::initialized", 31) == NULL);
	CHECK(b24_catalog_event("ONCRMDEALADD", 12) == NULL);
	for (i = 0; i < b24_catalog_event_count(); i++) {
		e = b24_catalog_event_at(i);
		CHECK(e && b24_catalog_event(e->event, strlen(e->event)) == e);
	}
}

static void test_lookup(void)
{
	const b24_placement_info *t = b24_catalog_placement("CRM_DYNAMIC_183_DETAIL_TAB", 26);

	CHECK(t && strcmp(t->code, "CRM_DYNAMIC_<id>_DETAIL_TAB") == 0);
	CHECK(b24_catalog_placement("CRM_DYNAMIC__DETAIL_TAB", 23) == NULL);
	CHECK(b24_catalog_placement("CRM_DEAL_DETAIL_TAB", 19) != NULL);
	CHECK(b24_catalog_placement("CRM_DEAL_DETAIL_TABX", 20) == NULL);
	CHECK(b24_catalog_event(EV, strlen(EV)) != NULL);
	CHECK(b24_catalog_event(EV, strlen(EV) - 1) == NULL);
	CHECK(b24_catalog_placement_at(b24_catalog_placement_count()) == NULL);
	CHECK(b24_catalog_event_at(b24_catalog_event_count()) == NULL);
}

static int classify(const char *name, const char **s)
{
	return b24_catalog_classify_event(name, strlen(name), s);
}

static void test_classify(void)
{
	const char *s;

	CHECK(classify(EV, &s) == B24_EVENT_INTERFACE && s == NULL);
	CHECK(classify("onCrmEntityIsNeedToCreate", &s) == B24_EVENT_INTERFACE);
	CHECK(classify("Calendar.customView:adjustToDate", &s) == B24_EVENT_INTERFACE);
	CHECK(classify("CallCard::EntityChanged", &s) == B24_EVENT_INTERFACE);

	CHECK(classify("BackgroundCallCard::AnswerButtonClick", &s) == B24_EVENT_UNKNOWN_INTERFACE);
	CHECK(s && strcmp(s, EV) == 0);
	CHECK(classify("OnCrmEntityIsNeedToCreate", &s) == B24_EVENT_UNKNOWN_INTERFACE);
	CHECK(s && strcmp(s, "onCrmEntityIsNeedToCreate") == 0);
	CHECK(classify("BackgroundCallCard::answerButonClick", &s) == B24_EVENT_UNKNOWN_INTERFACE);
	CHECK(s && strcmp(s, EV) == 0);
	CHECK(classify("Calendar.customView:refreshEntry", &s) == B24_EVENT_UNKNOWN_INTERFACE);
	CHECK(s && strcmp(s, "Calendar.customView:refreshEntries") == 0);
	CHECK(classify("Foo::bar", &s) == B24_EVENT_UNKNOWN_INTERFACE && s == NULL);

	CHECK(classify("ONCRMDEALADD", &s) == B24_EVENT_REST);
	CHECK(classify("OnExternalCallStart", &s) == B24_EVENT_REST);
	CHECK(classify("onAppInstall", &s) == B24_EVENT_REST);
	CHECK(classify("on_x", &s) == B24_EVENT_REST);

	CHECK(classify("", &s) == B24_EVENT_INVALID);
	CHECK(classify("On", &s) == B24_EVENT_INVALID);
	CHECK(classify("CrmDealAdd", &s) == B24_EVENT_INVALID);
	CHECK(classify("OnCrm DealAdd", &s) == B24_EVENT_INVALID);
	CHECK(classify("OnCrmDealAdd\n", &s) == B24_EVENT_INVALID);
	CHECK(b24_catalog_classify_event("OnCrm\0x", 7, &s) == B24_EVENT_INVALID);
}

int main(void)
{
	B24T_RUN(test_raised_by);
	B24T_RUN(test_typed_columns);
	B24T_RUN(test_lookup);
	B24T_RUN(test_placements);
	B24T_RUN(test_events);
	B24T_RUN(test_classify);
	return b24t_finish();
}
