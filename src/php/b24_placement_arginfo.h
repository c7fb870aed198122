/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9ddda911a127aa2e0549c7ecc4f740ca419984ee */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24Placement___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_code, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bind, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_install arginfo_class_B24Placement_bind

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_unbind, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, handler, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_list, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_get, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_events arginfo_class_B24Placement_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bindEvent, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_dynamic, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, entityTypeId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, suffix, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_isKnown, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Placement_fromRequest, 0, 0, B24Placement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_request arginfo_class_B24Placement_get

#define arginfo_class_B24Placement_options arginfo_class_B24Placement_get

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Placement_client, 0, 0, B24Client, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_verifyApplicationToken, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, expected, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bindings, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_unbindEvent, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, handler, IS_STRING, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_renderFrame, 0, 0, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_frame, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, applicationToken, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_verifyEvent, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(B24Placement, __construct);
ZEND_METHOD(B24Placement, code);
ZEND_METHOD(B24Placement, bind);
ZEND_METHOD(B24Placement, install);
ZEND_METHOD(B24Placement, unbind);
ZEND_METHOD(B24Placement, list);
ZEND_METHOD(B24Placement, get);
ZEND_METHOD(B24Placement, events);
ZEND_METHOD(B24Placement, bindEvent);
ZEND_METHOD(B24Placement, dynamic);
ZEND_METHOD(B24Placement, isKnown);
ZEND_METHOD(B24Placement, fromRequest);
ZEND_METHOD(B24Placement, request);
ZEND_METHOD(B24Placement, options);
ZEND_METHOD(B24Placement, client);
ZEND_METHOD(B24Placement, verifyApplicationToken);
ZEND_METHOD(B24Placement, bindings);
ZEND_METHOD(B24Placement, unbindEvent);
ZEND_METHOD(B24Placement, renderFrame);
ZEND_METHOD(B24Placement, frame);
ZEND_METHOD(B24Placement, verifyEvent);


static const zend_function_entry class_B24Placement_methods[] = {
	ZEND_ME(B24Placement, __construct, arginfo_class_B24Placement___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, code, arginfo_class_B24Placement_code, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bind, arginfo_class_B24Placement_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, install, arginfo_class_B24Placement_install, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, unbind, arginfo_class_B24Placement_unbind, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, list, arginfo_class_B24Placement_list, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, get, arginfo_class_B24Placement_get, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, events, arginfo_class_B24Placement_events, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bindEvent, arginfo_class_B24Placement_bindEvent, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, dynamic, arginfo_class_B24Placement_dynamic, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, isKnown, arginfo_class_B24Placement_isKnown, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, fromRequest, arginfo_class_B24Placement_fromRequest, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, request, arginfo_class_B24Placement_request, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, options, arginfo_class_B24Placement_options, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, client, arginfo_class_B24Placement_client, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, verifyApplicationToken, arginfo_class_B24Placement_verifyApplicationToken, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bindings, arginfo_class_B24Placement_bindings, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, unbindEvent, arginfo_class_B24Placement_unbindEvent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, renderFrame, arginfo_class_B24Placement_renderFrame, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, frame, arginfo_class_B24Placement_frame, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, verifyEvent, arginfo_class_B24Placement_verifyEvent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24Placement(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24Placement", class_B24Placement_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_LEFT_MENU_value;
	zend_string *const_LEFT_MENU_value_str = zend_string_init("LEFT_MENU", strlen("LEFT_MENU"), 1);
	ZVAL_STR(&const_LEFT_MENU_value, const_LEFT_MENU_value_str);
	zend_string *const_LEFT_MENU_name = zend_string_init_interned("LEFT_MENU", sizeof("LEFT_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LEFT_MENU_name, &const_LEFT_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LEFT_MENU_name);

	zval const_PAGE_BACKGROUND_WORKER_value;
	zend_string *const_PAGE_BACKGROUND_WORKER_value_str = zend_string_init("PAGE_BACKGROUND_WORKER", strlen("PAGE_BACKGROUND_WORKER"), 1);
	ZVAL_STR(&const_PAGE_BACKGROUND_WORKER_value, const_PAGE_BACKGROUND_WORKER_value_str);
	zend_string *const_PAGE_BACKGROUND_WORKER_name = zend_string_init_interned("PAGE_BACKGROUND_WORKER", sizeof("PAGE_BACKGROUND_WORKER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PAGE_BACKGROUND_WORKER_name, &const_PAGE_BACKGROUND_WORKER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PAGE_BACKGROUND_WORKER_name);

	zval const_REST_APP_URI_value;
	zend_string *const_REST_APP_URI_value_str = zend_string_init("REST_APP_URI", strlen("REST_APP_URI"), 1);
	ZVAL_STR(&const_REST_APP_URI_value, const_REST_APP_URI_value_str);
	zend_string *const_REST_APP_URI_name = zend_string_init_interned("REST_APP_URI", sizeof("REST_APP_URI") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_REST_APP_URI_name, &const_REST_APP_URI_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_REST_APP_URI_name);

	zval const_BI_ANALYTICS_MENU_value;
	zend_string *const_BI_ANALYTICS_MENU_value_str = zend_string_init("BI_ANALYTICS_MENU", strlen("BI_ANALYTICS_MENU"), 1);
	ZVAL_STR(&const_BI_ANALYTICS_MENU_value, const_BI_ANALYTICS_MENU_value_str);
	zend_string *const_BI_ANALYTICS_MENU_name = zend_string_init_interned("BI_ANALYTICS_MENU", sizeof("BI_ANALYTICS_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BI_ANALYTICS_MENU_name, &const_BI_ANALYTICS_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BI_ANALYTICS_MENU_name);

	zval const_IM_SMILES_SELECTOR_value;
	zend_string *const_IM_SMILES_SELECTOR_value_str = zend_string_init("IM_SMILES_SELECTOR", strlen("IM_SMILES_SELECTOR"), 1);
	ZVAL_STR(&const_IM_SMILES_SELECTOR_value, const_IM_SMILES_SELECTOR_value_str);
	zend_string *const_IM_SMILES_SELECTOR_name = zend_string_init_interned("IM_SMILES_SELECTOR", sizeof("IM_SMILES_SELECTOR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IM_SMILES_SELECTOR_name, &const_IM_SMILES_SELECTOR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IM_SMILES_SELECTOR_name);

	zval const_CRM_ANALYTICS_MENU_value;
	zend_string *const_CRM_ANALYTICS_MENU_value_str = zend_string_init("CRM_ANALYTICS_MENU", strlen("CRM_ANALYTICS_MENU"), 1);
	ZVAL_STR(&const_CRM_ANALYTICS_MENU_value, const_CRM_ANALYTICS_MENU_value_str);
	zend_string *const_CRM_ANALYTICS_MENU_name = zend_string_init_interned("CRM_ANALYTICS_MENU", sizeof("CRM_ANALYTICS_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ANALYTICS_MENU_name, &const_CRM_ANALYTICS_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ANALYTICS_MENU_name);

	zval const_CRM_ANALYTICS_TOOLBAR_value;
	zend_string *const_CRM_ANALYTICS_TOOLBAR_value_str = zend_string_init("CRM_ANALYTICS_TOOLBAR", strlen("CRM_ANALYTICS_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_ANALYTICS_TOOLBAR_value, const_CRM_ANALYTICS_TOOLBAR_value_str);
	zend_string *const_CRM_ANALYTICS_TOOLBAR_name = zend_string_init_interned("CRM_ANALYTICS_TOOLBAR", sizeof("CRM_ANALYTICS_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ANALYTICS_TOOLBAR_name, &const_CRM_ANALYTICS_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ANALYTICS_TOOLBAR_name);

	zval const_CRM_BANK_DETAIL_AUTOCOMPLETE_value;
	zend_string *const_CRM_BANK_DETAIL_AUTOCOMPLETE_value_str = zend_string_init("CRM_BANK_DETAIL_AUTOCOMPLETE", strlen("CRM_BANK_DETAIL_AUTOCOMPLETE"), 1);
	ZVAL_STR(&const_CRM_BANK_DETAIL_AUTOCOMPLETE_value, const_CRM_BANK_DETAIL_AUTOCOMPLETE_value_str);
	zend_string *const_CRM_BANK_DETAIL_AUTOCOMPLETE_name = zend_string_init_interned("CRM_BANK_DETAIL_AUTOCOMPLETE", sizeof("CRM_BANK_DETAIL_AUTOCOMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_BANK_DETAIL_AUTOCOMPLETE_name, &const_CRM_BANK_DETAIL_AUTOCOMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_BANK_DETAIL_AUTOCOMPLETE_name);

	zval const_CRM_DETAIL_SEARCH_value;
	zend_string *const_CRM_DETAIL_SEARCH_value_str = zend_string_init("CRM_DETAIL_SEARCH", strlen("CRM_DETAIL_SEARCH"), 1);
	ZVAL_STR(&const_CRM_DETAIL_SEARCH_value, const_CRM_DETAIL_SEARCH_value_str);
	zend_string *const_CRM_DETAIL_SEARCH_name = zend_string_init_interned("CRM_DETAIL_SEARCH", sizeof("CRM_DETAIL_SEARCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DETAIL_SEARCH_name, &const_CRM_DETAIL_SEARCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DETAIL_SEARCH_name);

	zval const_CRM_FUNNELS_TOOLBAR_value;
	zend_string *const_CRM_FUNNELS_TOOLBAR_value_str = zend_string_init("CRM_FUNNELS_TOOLBAR", strlen("CRM_FUNNELS_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_FUNNELS_TOOLBAR_value, const_CRM_FUNNELS_TOOLBAR_value_str);
	zend_string *const_CRM_FUNNELS_TOOLBAR_name = zend_string_init_interned("CRM_FUNNELS_TOOLBAR", sizeof("CRM_FUNNELS_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_FUNNELS_TOOLBAR_name, &const_CRM_FUNNELS_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_FUNNELS_TOOLBAR_name);

	zval const_CRM_REQUISITE_AUTOCOMPLETE_value;
	zend_string *const_CRM_REQUISITE_AUTOCOMPLETE_value_str = zend_string_init("CRM_REQUISITE_AUTOCOMPLETE", strlen("CRM_REQUISITE_AUTOCOMPLETE"), 1);
	ZVAL_STR(&const_CRM_REQUISITE_AUTOCOMPLETE_value, const_CRM_REQUISITE_AUTOCOMPLETE_value_str);
	zend_string *const_CRM_REQUISITE_AUTOCOMPLETE_name = zend_string_init_interned("CRM_REQUISITE_AUTOCOMPLETE", sizeof("CRM_REQUISITE_AUTOCOMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_REQUISITE_AUTOCOMPLETE_name, &const_CRM_REQUISITE_AUTOCOMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_REQUISITE_AUTOCOMPLETE_name);

	zval const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_value;
	zend_string *const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_value_str = zend_string_init("CRM_LEAD_ACTIVITY_TIMELINE_MENU", strlen("CRM_LEAD_ACTIVITY_TIMELINE_MENU"), 1);
	ZVAL_STR(&const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_value, const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_value_str);
	zend_string *const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_name = zend_string_init_interned("CRM_LEAD_ACTIVITY_TIMELINE_MENU", sizeof("CRM_LEAD_ACTIVITY_TIMELINE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_name, &const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_ACTIVITY_TIMELINE_MENU_name);

	zval const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_value;
	zend_string *const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_value_str = zend_string_init("CRM_DEAL_ACTIVITY_TIMELINE_MENU", strlen("CRM_DEAL_ACTIVITY_TIMELINE_MENU"), 1);
	ZVAL_STR(&const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_value, const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_value_str);
	zend_string *const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_name = zend_string_init_interned("CRM_DEAL_ACTIVITY_TIMELINE_MENU", sizeof("CRM_DEAL_ACTIVITY_TIMELINE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_name, &const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_ACTIVITY_TIMELINE_MENU_name);

	zval const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_value;
	zend_string *const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_value_str = zend_string_init("CRM_QUOTE_ACTIVITY_TIMELINE_MENU", strlen("CRM_QUOTE_ACTIVITY_TIMELINE_MENU"), 1);
	ZVAL_STR(&const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_value, const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_value_str);
	zend_string *const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_name = zend_string_init_interned("CRM_QUOTE_ACTIVITY_TIMELINE_MENU", sizeof("CRM_QUOTE_ACTIVITY_TIMELINE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_name, &const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_ACTIVITY_TIMELINE_MENU_name);

	zval const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_value;
	zend_string *const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_value_str = zend_string_init("CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU", strlen("CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_value, const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_value_str);
	zend_string *const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_name = zend_string_init_interned("CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU", sizeof("CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_name, &const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU_name);

	zval const_CRM_LEAD_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_LEAD_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_LEAD_DETAIL_ACTIVITY", strlen("CRM_LEAD_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_LEAD_DETAIL_ACTIVITY_value, const_CRM_LEAD_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_LEAD_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_LEAD_DETAIL_ACTIVITY", sizeof("CRM_LEAD_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_DETAIL_ACTIVITY_name, &const_CRM_LEAD_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_DETAIL_ACTIVITY_name);

	zval const_CRM_CONTACT_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_CONTACT_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_CONTACT_DETAIL_ACTIVITY", strlen("CRM_CONTACT_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_CONTACT_DETAIL_ACTIVITY_value, const_CRM_CONTACT_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_CONTACT_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_CONTACT_DETAIL_ACTIVITY", sizeof("CRM_CONTACT_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_DETAIL_ACTIVITY_name, &const_CRM_CONTACT_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_DETAIL_ACTIVITY_name);

	zval const_CRM_COMPANY_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_COMPANY_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_COMPANY_DETAIL_ACTIVITY", strlen("CRM_COMPANY_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_COMPANY_DETAIL_ACTIVITY_value, const_CRM_COMPANY_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_COMPANY_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_COMPANY_DETAIL_ACTIVITY", sizeof("CRM_COMPANY_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_DETAIL_ACTIVITY_name, &const_CRM_COMPANY_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_DETAIL_ACTIVITY_name);

	zval const_CRM_DEAL_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_DEAL_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_DEAL_DETAIL_ACTIVITY", strlen("CRM_DEAL_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_DEAL_DETAIL_ACTIVITY_value, const_CRM_DEAL_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_DEAL_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_DEAL_DETAIL_ACTIVITY", sizeof("CRM_DEAL_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_DETAIL_ACTIVITY_name, &const_CRM_DEAL_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_DETAIL_ACTIVITY_name);

	zval const_CRM_QUOTE_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_QUOTE_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_QUOTE_DETAIL_ACTIVITY", strlen("CRM_QUOTE_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_QUOTE_DETAIL_ACTIVITY_value, const_CRM_QUOTE_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_QUOTE_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_QUOTE_DETAIL_ACTIVITY", sizeof("CRM_QUOTE_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_DETAIL_ACTIVITY_name, &const_CRM_QUOTE_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_DETAIL_ACTIVITY_name);

	zval const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_SMART_INVOICE_DETAIL_ACTIVITY", strlen("CRM_SMART_INVOICE_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_value, const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_SMART_INVOICE_DETAIL_ACTIVITY", sizeof("CRM_SMART_INVOICE_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_name, &const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_DETAIL_ACTIVITY_name);

	zval const_CRM_ORDER_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_ORDER_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_ORDER_DETAIL_ACTIVITY", strlen("CRM_ORDER_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_ORDER_DETAIL_ACTIVITY_value, const_CRM_ORDER_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_ORDER_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_ORDER_DETAIL_ACTIVITY", sizeof("CRM_ORDER_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ORDER_DETAIL_ACTIVITY_name, &const_CRM_ORDER_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ORDER_DETAIL_ACTIVITY_name);

	zval const_CRM_LEAD_DETAIL_TAB_value;
	zend_string *const_CRM_LEAD_DETAIL_TAB_value_str = zend_string_init("CRM_LEAD_DETAIL_TAB", strlen("CRM_LEAD_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_LEAD_DETAIL_TAB_value, const_CRM_LEAD_DETAIL_TAB_value_str);
	zend_string *const_CRM_LEAD_DETAIL_TAB_name = zend_string_init_interned("CRM_LEAD_DETAIL_TAB", sizeof("CRM_LEAD_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_DETAIL_TAB_name, &const_CRM_LEAD_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_DETAIL_TAB_name);

	zval const_CRM_DEAL_DETAIL_TAB_value;
	zend_string *const_CRM_DEAL_DETAIL_TAB_value_str = zend_string_init("CRM_DEAL_DETAIL_TAB", strlen("CRM_DEAL_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_DEAL_DETAIL_TAB_value, const_CRM_DEAL_DETAIL_TAB_value_str);
	zend_string *const_CRM_DEAL_DETAIL_TAB_name = zend_string_init_interned("CRM_DEAL_DETAIL_TAB", sizeof("CRM_DEAL_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_DETAIL_TAB_name, &const_CRM_DEAL_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_DETAIL_TAB_name);

	zval const_CRM_CONTACT_DETAIL_TAB_value;
	zend_string *const_CRM_CONTACT_DETAIL_TAB_value_str = zend_string_init("CRM_CONTACT_DETAIL_TAB", strlen("CRM_CONTACT_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_CONTACT_DETAIL_TAB_value, const_CRM_CONTACT_DETAIL_TAB_value_str);
	zend_string *const_CRM_CONTACT_DETAIL_TAB_name = zend_string_init_interned("CRM_CONTACT_DETAIL_TAB", sizeof("CRM_CONTACT_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_DETAIL_TAB_name, &const_CRM_CONTACT_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_DETAIL_TAB_name);

	zval const_CRM_COMPANY_DETAIL_TAB_value;
	zend_string *const_CRM_COMPANY_DETAIL_TAB_value_str = zend_string_init("CRM_COMPANY_DETAIL_TAB", strlen("CRM_COMPANY_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_COMPANY_DETAIL_TAB_value, const_CRM_COMPANY_DETAIL_TAB_value_str);
	zend_string *const_CRM_COMPANY_DETAIL_TAB_name = zend_string_init_interned("CRM_COMPANY_DETAIL_TAB", sizeof("CRM_COMPANY_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_DETAIL_TAB_name, &const_CRM_COMPANY_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_DETAIL_TAB_name);

	zval const_CRM_QUOTE_DETAIL_TAB_value;
	zend_string *const_CRM_QUOTE_DETAIL_TAB_value_str = zend_string_init("CRM_QUOTE_DETAIL_TAB", strlen("CRM_QUOTE_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_QUOTE_DETAIL_TAB_value, const_CRM_QUOTE_DETAIL_TAB_value_str);
	zend_string *const_CRM_QUOTE_DETAIL_TAB_name = zend_string_init_interned("CRM_QUOTE_DETAIL_TAB", sizeof("CRM_QUOTE_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_DETAIL_TAB_name, &const_CRM_QUOTE_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_DETAIL_TAB_name);

	zval const_CRM_SMART_INVOICE_DETAIL_TAB_value;
	zend_string *const_CRM_SMART_INVOICE_DETAIL_TAB_value_str = zend_string_init("CRM_SMART_INVOICE_DETAIL_TAB", strlen("CRM_SMART_INVOICE_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_DETAIL_TAB_value, const_CRM_SMART_INVOICE_DETAIL_TAB_value_str);
	zend_string *const_CRM_SMART_INVOICE_DETAIL_TAB_name = zend_string_init_interned("CRM_SMART_INVOICE_DETAIL_TAB", sizeof("CRM_SMART_INVOICE_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_DETAIL_TAB_name, &const_CRM_SMART_INVOICE_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_DETAIL_TAB_name);

	zval const_CRM_ORDER_DETAIL_TAB_value;
	zend_string *const_CRM_ORDER_DETAIL_TAB_value_str = zend_string_init("CRM_ORDER_DETAIL_TAB", strlen("CRM_ORDER_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_ORDER_DETAIL_TAB_value, const_CRM_ORDER_DETAIL_TAB_value_str);
	zend_string *const_CRM_ORDER_DETAIL_TAB_name = zend_string_init_interned("CRM_ORDER_DETAIL_TAB", sizeof("CRM_ORDER_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ORDER_DETAIL_TAB_name, &const_CRM_ORDER_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ORDER_DETAIL_TAB_name);

	zval const_CRM_LEAD_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_LEAD_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_LEAD_DETAIL_TOOLBAR", strlen("CRM_LEAD_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_LEAD_DETAIL_TOOLBAR_value, const_CRM_LEAD_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_LEAD_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_LEAD_DETAIL_TOOLBAR", sizeof("CRM_LEAD_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_DETAIL_TOOLBAR_name, &const_CRM_LEAD_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_DETAIL_TOOLBAR_name);

	zval const_CRM_DEAL_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_DEAL_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_DEAL_DETAIL_TOOLBAR", strlen("CRM_DEAL_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DEAL_DETAIL_TOOLBAR_value, const_CRM_DEAL_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_DEAL_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_DEAL_DETAIL_TOOLBAR", sizeof("CRM_DEAL_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_DETAIL_TOOLBAR_name, &const_CRM_DEAL_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_DETAIL_TOOLBAR_name);

	zval const_CRM_CONTACT_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_CONTACT_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_CONTACT_DETAIL_TOOLBAR", strlen("CRM_CONTACT_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_CONTACT_DETAIL_TOOLBAR_value, const_CRM_CONTACT_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_CONTACT_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_CONTACT_DETAIL_TOOLBAR", sizeof("CRM_CONTACT_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_DETAIL_TOOLBAR_name, &const_CRM_CONTACT_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_DETAIL_TOOLBAR_name);

	zval const_CRM_COMPANY_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_COMPANY_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_COMPANY_DETAIL_TOOLBAR", strlen("CRM_COMPANY_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_COMPANY_DETAIL_TOOLBAR_value, const_CRM_COMPANY_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_COMPANY_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_COMPANY_DETAIL_TOOLBAR", sizeof("CRM_COMPANY_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_DETAIL_TOOLBAR_name, &const_CRM_COMPANY_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_DETAIL_TOOLBAR_name);

	zval const_CRM_QUOTE_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_QUOTE_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_QUOTE_DETAIL_TOOLBAR", strlen("CRM_QUOTE_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_QUOTE_DETAIL_TOOLBAR_value, const_CRM_QUOTE_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_QUOTE_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_QUOTE_DETAIL_TOOLBAR", sizeof("CRM_QUOTE_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_DETAIL_TOOLBAR_name, &const_CRM_QUOTE_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_DETAIL_TOOLBAR_name);

	zval const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_SMART_INVOICE_DETAIL_TOOLBAR", strlen("CRM_SMART_INVOICE_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_value, const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_SMART_INVOICE_DETAIL_TOOLBAR", sizeof("CRM_SMART_INVOICE_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_name, &const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_DETAIL_TOOLBAR_name);

	zval const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_LEAD_DOCUMENTGENERATOR_BUTTON", strlen("CRM_LEAD_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_value, const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_LEAD_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_LEAD_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_CONTACT_DOCUMENTGENERATOR_BUTTON", strlen("CRM_CONTACT_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_value, const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_CONTACT_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_CONTACT_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_COMPANY_DOCUMENTGENERATOR_BUTTON", strlen("CRM_COMPANY_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_value, const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_COMPANY_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_COMPANY_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_DEAL_DOCUMENTGENERATOR_BUTTON", strlen("CRM_DEAL_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_value, const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_DEAL_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_DEAL_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON", strlen("CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_value, const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_QUOTE_DOCUMENTGENERATOR_BUTTON", strlen("CRM_QUOTE_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_value, const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_QUOTE_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_QUOTE_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_value;
	zend_string *const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_value_str = zend_string_init("CRM_SMART_INVOICE_FUNNELS_TOOLBAR", strlen("CRM_SMART_INVOICE_FUNNELS_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_value, const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_value_str);
	zend_string *const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_name = zend_string_init_interned("CRM_SMART_INVOICE_FUNNELS_TOOLBAR", sizeof("CRM_SMART_INVOICE_FUNNELS_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_name, &const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_FUNNELS_TOOLBAR_name);

	zval const_CRM_LEAD_LIST_MENU_value;
	zend_string *const_CRM_LEAD_LIST_MENU_value_str = zend_string_init("CRM_LEAD_LIST_MENU", strlen("CRM_LEAD_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_LEAD_LIST_MENU_value, const_CRM_LEAD_LIST_MENU_value_str);
	zend_string *const_CRM_LEAD_LIST_MENU_name = zend_string_init_interned("CRM_LEAD_LIST_MENU", sizeof("CRM_LEAD_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_LIST_MENU_name, &const_CRM_LEAD_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_LIST_MENU_name);

	zval const_CRM_CONTACT_LIST_MENU_value;
	zend_string *const_CRM_CONTACT_LIST_MENU_value_str = zend_string_init("CRM_CONTACT_LIST_MENU", strlen("CRM_CONTACT_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_CONTACT_LIST_MENU_value, const_CRM_CONTACT_LIST_MENU_value_str);
	zend_string *const_CRM_CONTACT_LIST_MENU_name = zend_string_init_interned("CRM_CONTACT_LIST_MENU", sizeof("CRM_CONTACT_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_LIST_MENU_name, &const_CRM_CONTACT_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_LIST_MENU_name);

	zval const_CRM_COMPANY_LIST_MENU_value;
	zend_string *const_CRM_COMPANY_LIST_MENU_value_str = zend_string_init("CRM_COMPANY_LIST_MENU", strlen("CRM_COMPANY_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_COMPANY_LIST_MENU_value, const_CRM_COMPANY_LIST_MENU_value_str);
	zend_string *const_CRM_COMPANY_LIST_MENU_name = zend_string_init_interned("CRM_COMPANY_LIST_MENU", sizeof("CRM_COMPANY_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_LIST_MENU_name, &const_CRM_COMPANY_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_LIST_MENU_name);

	zval const_CRM_DEAL_LIST_MENU_value;
	zend_string *const_CRM_DEAL_LIST_MENU_value_str = zend_string_init("CRM_DEAL_LIST_MENU", strlen("CRM_DEAL_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_DEAL_LIST_MENU_value, const_CRM_DEAL_LIST_MENU_value_str);
	zend_string *const_CRM_DEAL_LIST_MENU_name = zend_string_init_interned("CRM_DEAL_LIST_MENU", sizeof("CRM_DEAL_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_LIST_MENU_name, &const_CRM_DEAL_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_LIST_MENU_name);

	zval const_CRM_SMART_INVOICE_LIST_MENU_value;
	zend_string *const_CRM_SMART_INVOICE_LIST_MENU_value_str = zend_string_init("CRM_SMART_INVOICE_LIST_MENU", strlen("CRM_SMART_INVOICE_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_LIST_MENU_value, const_CRM_SMART_INVOICE_LIST_MENU_value_str);
	zend_string *const_CRM_SMART_INVOICE_LIST_MENU_name = zend_string_init_interned("CRM_SMART_INVOICE_LIST_MENU", sizeof("CRM_SMART_INVOICE_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_LIST_MENU_name, &const_CRM_SMART_INVOICE_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_LIST_MENU_name);

	zval const_CRM_QUOTE_LIST_MENU_value;
	zend_string *const_CRM_QUOTE_LIST_MENU_value_str = zend_string_init("CRM_QUOTE_LIST_MENU", strlen("CRM_QUOTE_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_QUOTE_LIST_MENU_value, const_CRM_QUOTE_LIST_MENU_value_str);
	zend_string *const_CRM_QUOTE_LIST_MENU_name = zend_string_init_interned("CRM_QUOTE_LIST_MENU", sizeof("CRM_QUOTE_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_LIST_MENU_name, &const_CRM_QUOTE_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_LIST_MENU_name);

	zval const_CRM_ACTIVITY_LIST_MENU_value;
	zend_string *const_CRM_ACTIVITY_LIST_MENU_value_str = zend_string_init("CRM_ACTIVITY_LIST_MENU", strlen("CRM_ACTIVITY_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_ACTIVITY_LIST_MENU_value, const_CRM_ACTIVITY_LIST_MENU_value_str);
	zend_string *const_CRM_ACTIVITY_LIST_MENU_name = zend_string_init_interned("CRM_ACTIVITY_LIST_MENU", sizeof("CRM_ACTIVITY_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ACTIVITY_LIST_MENU_name, &const_CRM_ACTIVITY_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ACTIVITY_LIST_MENU_name);

	zval const_CRM_LEAD_LIST_TOOLBAR_value;
	zend_string *const_CRM_LEAD_LIST_TOOLBAR_value_str = zend_string_init("CRM_LEAD_LIST_TOOLBAR", strlen("CRM_LEAD_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_LEAD_LIST_TOOLBAR_value, const_CRM_LEAD_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_LEAD_LIST_TOOLBAR_name = zend_string_init_interned("CRM_LEAD_LIST_TOOLBAR", sizeof("CRM_LEAD_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_LIST_TOOLBAR_name, &const_CRM_LEAD_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_LIST_TOOLBAR_name);

	zval const_CRM_CONTACT_LIST_TOOLBAR_value;
	zend_string *const_CRM_CONTACT_LIST_TOOLBAR_value_str = zend_string_init("CRM_CONTACT_LIST_TOOLBAR", strlen("CRM_CONTACT_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_CONTACT_LIST_TOOLBAR_value, const_CRM_CONTACT_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_CONTACT_LIST_TOOLBAR_name = zend_string_init_interned("CRM_CONTACT_LIST_TOOLBAR", sizeof("CRM_CONTACT_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_CONTACT_LIST_TOOLBAR_name, &const_CRM_CONTACT_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_CONTACT_LIST_TOOLBAR_name);

	zval const_CRM_COMPANY_LIST_TOOLBAR_value;
	zend_string *const_CRM_COMPANY_LIST_TOOLBAR_value_str = zend_string_init("CRM_COMPANY_LIST_TOOLBAR", strlen("CRM_COMPANY_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_COMPANY_LIST_TOOLBAR_value, const_CRM_COMPANY_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_COMPANY_LIST_TOOLBAR_name = zend_string_init_interned("CRM_COMPANY_LIST_TOOLBAR", sizeof("CRM_COMPANY_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_COMPANY_LIST_TOOLBAR_name, &const_CRM_COMPANY_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_COMPANY_LIST_TOOLBAR_name);

	zval const_CRM_DEAL_LIST_TOOLBAR_value;
	zend_string *const_CRM_DEAL_LIST_TOOLBAR_value_str = zend_string_init("CRM_DEAL_LIST_TOOLBAR", strlen("CRM_DEAL_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DEAL_LIST_TOOLBAR_value, const_CRM_DEAL_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_DEAL_LIST_TOOLBAR_name = zend_string_init_interned("CRM_DEAL_LIST_TOOLBAR", sizeof("CRM_DEAL_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_LIST_TOOLBAR_name, &const_CRM_DEAL_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_LIST_TOOLBAR_name);

	zval const_CRM_SMART_INVOICE_LIST_TOOLBAR_value;
	zend_string *const_CRM_SMART_INVOICE_LIST_TOOLBAR_value_str = zend_string_init("CRM_SMART_INVOICE_LIST_TOOLBAR", strlen("CRM_SMART_INVOICE_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_LIST_TOOLBAR_value, const_CRM_SMART_INVOICE_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_SMART_INVOICE_LIST_TOOLBAR_name = zend_string_init_interned("CRM_SMART_INVOICE_LIST_TOOLBAR", sizeof("CRM_SMART_INVOICE_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_LIST_TOOLBAR_name, &const_CRM_SMART_INVOICE_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_LIST_TOOLBAR_name);

	zval const_CRM_QUOTE_LIST_TOOLBAR_value;
	zend_string *const_CRM_QUOTE_LIST_TOOLBAR_value_str = zend_string_init("CRM_QUOTE_LIST_TOOLBAR", strlen("CRM_QUOTE_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_QUOTE_LIST_TOOLBAR_value, const_CRM_QUOTE_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_QUOTE_LIST_TOOLBAR_name = zend_string_init_interned("CRM_QUOTE_LIST_TOOLBAR", sizeof("CRM_QUOTE_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_QUOTE_LIST_TOOLBAR_name, &const_CRM_QUOTE_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_QUOTE_LIST_TOOLBAR_name);

	zval const_CRM_ORDER_LIST_TOOLBAR_value;
	zend_string *const_CRM_ORDER_LIST_TOOLBAR_value_str = zend_string_init("CRM_ORDER_LIST_TOOLBAR", strlen("CRM_ORDER_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_ORDER_LIST_TOOLBAR_value, const_CRM_ORDER_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_ORDER_LIST_TOOLBAR_name = zend_string_init_interned("CRM_ORDER_LIST_TOOLBAR", sizeof("CRM_ORDER_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_ORDER_LIST_TOOLBAR_name, &const_CRM_ORDER_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_ORDER_LIST_TOOLBAR_name);

	zval const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("CRM_LEAD_ROBOT_DESIGNER_TOOLBAR", strlen("CRM_LEAD_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_value, const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("CRM_LEAD_ROBOT_DESIGNER_TOOLBAR", sizeof("CRM_LEAD_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_name, &const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_LEAD_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("CRM_DEAL_ROBOT_DESIGNER_TOOLBAR", strlen("CRM_DEAL_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_value, const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("CRM_DEAL_ROBOT_DESIGNER_TOOLBAR", sizeof("CRM_DEAL_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_name, &const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DEAL_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR", strlen("CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_value, const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR", sizeof("CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_name, &const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_CALL_CARD_value;
	zend_string *const_CALL_CARD_value_str = zend_string_init("CALL_CARD", strlen("CALL_CARD"), 1);
	ZVAL_STR(&const_CALL_CARD_value, const_CALL_CARD_value_str);
	zend_string *const_CALL_CARD_name = zend_string_init_interned("CALL_CARD", sizeof("CALL_CARD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CALL_CARD_name, &const_CALL_CARD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CALL_CARD_name);

	zval const_TELEPHONY_ANALYTICS_MENU_value;
	zend_string *const_TELEPHONY_ANALYTICS_MENU_value_str = zend_string_init("TELEPHONY_ANALYTICS_MENU", strlen("TELEPHONY_ANALYTICS_MENU"), 1);
	ZVAL_STR(&const_TELEPHONY_ANALYTICS_MENU_value, const_TELEPHONY_ANALYTICS_MENU_value_str);
	zend_string *const_TELEPHONY_ANALYTICS_MENU_name = zend_string_init_interned("TELEPHONY_ANALYTICS_MENU", sizeof("TELEPHONY_ANALYTICS_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TELEPHONY_ANALYTICS_MENU_name, &const_TELEPHONY_ANALYTICS_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TELEPHONY_ANALYTICS_MENU_name);

	zval const_IM_CONTEXT_MENU_value;
	zend_string *const_IM_CONTEXT_MENU_value_str = zend_string_init("IM_CONTEXT_MENU", strlen("IM_CONTEXT_MENU"), 1);
	ZVAL_STR(&const_IM_CONTEXT_MENU_value, const_IM_CONTEXT_MENU_value_str);
	zend_string *const_IM_CONTEXT_MENU_name = zend_string_init_interned("IM_CONTEXT_MENU", sizeof("IM_CONTEXT_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IM_CONTEXT_MENU_name, &const_IM_CONTEXT_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IM_CONTEXT_MENU_name);

	zval const_IM_NAVIGATION_value;
	zend_string *const_IM_NAVIGATION_value_str = zend_string_init("IM_NAVIGATION", strlen("IM_NAVIGATION"), 1);
	ZVAL_STR(&const_IM_NAVIGATION_value, const_IM_NAVIGATION_value_str);
	zend_string *const_IM_NAVIGATION_name = zend_string_init_interned("IM_NAVIGATION", sizeof("IM_NAVIGATION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IM_NAVIGATION_name, &const_IM_NAVIGATION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IM_NAVIGATION_name);

	zval const_IM_SIDEBAR_value;
	zend_string *const_IM_SIDEBAR_value_str = zend_string_init("IM_SIDEBAR", strlen("IM_SIDEBAR"), 1);
	ZVAL_STR(&const_IM_SIDEBAR_value, const_IM_SIDEBAR_value_str);
	zend_string *const_IM_SIDEBAR_name = zend_string_init_interned("IM_SIDEBAR", sizeof("IM_SIDEBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IM_SIDEBAR_name, &const_IM_SIDEBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IM_SIDEBAR_name);

	zval const_IM_TEXTAREA_value;
	zend_string *const_IM_TEXTAREA_value_str = zend_string_init("IM_TEXTAREA", strlen("IM_TEXTAREA"), 1);
	ZVAL_STR(&const_IM_TEXTAREA_value, const_IM_TEXTAREA_value_str);
	zend_string *const_IM_TEXTAREA_name = zend_string_init_interned("IM_TEXTAREA", sizeof("IM_TEXTAREA") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IM_TEXTAREA_name, &const_IM_TEXTAREA_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IM_TEXTAREA_name);

	zval const_IMMOBILE_CONTEXT_MENU_value;
	zend_string *const_IMMOBILE_CONTEXT_MENU_value_str = zend_string_init("IMMOBILE_CONTEXT_MENU", strlen("IMMOBILE_CONTEXT_MENU"), 1);
	ZVAL_STR(&const_IMMOBILE_CONTEXT_MENU_value, const_IMMOBILE_CONTEXT_MENU_value_str);
	zend_string *const_IMMOBILE_CONTEXT_MENU_name = zend_string_init_interned("IMMOBILE_CONTEXT_MENU", sizeof("IMMOBILE_CONTEXT_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IMMOBILE_CONTEXT_MENU_name, &const_IMMOBILE_CONTEXT_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IMMOBILE_CONTEXT_MENU_name);

	zval const_TASK_GROUP_LIST_TOOLBAR_value;
	zend_string *const_TASK_GROUP_LIST_TOOLBAR_value_str = zend_string_init("TASK_GROUP_LIST_TOOLBAR", strlen("TASK_GROUP_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_TASK_GROUP_LIST_TOOLBAR_value, const_TASK_GROUP_LIST_TOOLBAR_value_str);
	zend_string *const_TASK_GROUP_LIST_TOOLBAR_name = zend_string_init_interned("TASK_GROUP_LIST_TOOLBAR", sizeof("TASK_GROUP_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_GROUP_LIST_TOOLBAR_name, &const_TASK_GROUP_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_GROUP_LIST_TOOLBAR_name);

	zval const_TASK_LIST_CONTEXT_MENU_value;
	zend_string *const_TASK_LIST_CONTEXT_MENU_value_str = zend_string_init("TASK_LIST_CONTEXT_MENU", strlen("TASK_LIST_CONTEXT_MENU"), 1);
	ZVAL_STR(&const_TASK_LIST_CONTEXT_MENU_value, const_TASK_LIST_CONTEXT_MENU_value_str);
	zend_string *const_TASK_LIST_CONTEXT_MENU_name = zend_string_init_interned("TASK_LIST_CONTEXT_MENU", sizeof("TASK_LIST_CONTEXT_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_LIST_CONTEXT_MENU_name, &const_TASK_LIST_CONTEXT_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_LIST_CONTEXT_MENU_name);

	zval const_TASK_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_TASK_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("TASK_ROBOT_DESIGNER_TOOLBAR", strlen("TASK_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_TASK_ROBOT_DESIGNER_TOOLBAR_value, const_TASK_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_TASK_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("TASK_ROBOT_DESIGNER_TOOLBAR", sizeof("TASK_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_ROBOT_DESIGNER_TOOLBAR_name, &const_TASK_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_TASK_USER_LIST_TOOLBAR_value;
	zend_string *const_TASK_USER_LIST_TOOLBAR_value_str = zend_string_init("TASK_USER_LIST_TOOLBAR", strlen("TASK_USER_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_TASK_USER_LIST_TOOLBAR_value, const_TASK_USER_LIST_TOOLBAR_value_str);
	zend_string *const_TASK_USER_LIST_TOOLBAR_name = zend_string_init_interned("TASK_USER_LIST_TOOLBAR", sizeof("TASK_USER_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_USER_LIST_TOOLBAR_name, &const_TASK_USER_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_USER_LIST_TOOLBAR_name);

	zval const_TASK_VIEW_SIDEBAR_value;
	zend_string *const_TASK_VIEW_SIDEBAR_value_str = zend_string_init("TASK_VIEW_SIDEBAR", strlen("TASK_VIEW_SIDEBAR"), 1);
	ZVAL_STR(&const_TASK_VIEW_SIDEBAR_value, const_TASK_VIEW_SIDEBAR_value_str);
	zend_string *const_TASK_VIEW_SIDEBAR_name = zend_string_init_interned("TASK_VIEW_SIDEBAR", sizeof("TASK_VIEW_SIDEBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_VIEW_SIDEBAR_name, &const_TASK_VIEW_SIDEBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_VIEW_SIDEBAR_name);

	zval const_TASK_VIEW_TAB_value;
	zend_string *const_TASK_VIEW_TAB_value_str = zend_string_init("TASK_VIEW_TAB", strlen("TASK_VIEW_TAB"), 1);
	ZVAL_STR(&const_TASK_VIEW_TAB_value, const_TASK_VIEW_TAB_value_str);
	zend_string *const_TASK_VIEW_TAB_name = zend_string_init_interned("TASK_VIEW_TAB", sizeof("TASK_VIEW_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_VIEW_TAB_name, &const_TASK_VIEW_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_VIEW_TAB_name);

	zval const_TASK_VIEW_TOP_PANEL_value;
	zend_string *const_TASK_VIEW_TOP_PANEL_value_str = zend_string_init("TASK_VIEW_TOP_PANEL", strlen("TASK_VIEW_TOP_PANEL"), 1);
	ZVAL_STR(&const_TASK_VIEW_TOP_PANEL_value, const_TASK_VIEW_TOP_PANEL_value_str);
	zend_string *const_TASK_VIEW_TOP_PANEL_name = zend_string_init_interned("TASK_VIEW_TOP_PANEL", sizeof("TASK_VIEW_TOP_PANEL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_VIEW_TOP_PANEL_name, &const_TASK_VIEW_TOP_PANEL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_VIEW_TOP_PANEL_name);

	zval const_SONET_GROUP_DETAIL_TAB_value;
	zend_string *const_SONET_GROUP_DETAIL_TAB_value_str = zend_string_init("SONET_GROUP_DETAIL_TAB", strlen("SONET_GROUP_DETAIL_TAB"), 1);
	ZVAL_STR(&const_SONET_GROUP_DETAIL_TAB_value, const_SONET_GROUP_DETAIL_TAB_value_str);
	zend_string *const_SONET_GROUP_DETAIL_TAB_name = zend_string_init_interned("SONET_GROUP_DETAIL_TAB", sizeof("SONET_GROUP_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SONET_GROUP_DETAIL_TAB_name, &const_SONET_GROUP_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SONET_GROUP_DETAIL_TAB_name);

	zval const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("SONET_GROUP_ROBOT_DESIGNER_TOOLBAR", strlen("SONET_GROUP_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_value, const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("SONET_GROUP_ROBOT_DESIGNER_TOOLBAR", sizeof("SONET_GROUP_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_name, &const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SONET_GROUP_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_SONET_GROUP_TOOLBAR_value;
	zend_string *const_SONET_GROUP_TOOLBAR_value_str = zend_string_init("SONET_GROUP_TOOLBAR", strlen("SONET_GROUP_TOOLBAR"), 1);
	ZVAL_STR(&const_SONET_GROUP_TOOLBAR_value, const_SONET_GROUP_TOOLBAR_value_str);
	zend_string *const_SONET_GROUP_TOOLBAR_name = zend_string_init_interned("SONET_GROUP_TOOLBAR", sizeof("SONET_GROUP_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SONET_GROUP_TOOLBAR_name, &const_SONET_GROUP_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SONET_GROUP_TOOLBAR_name);

	zval const_USER_PROFILE_MENU_value;
	zend_string *const_USER_PROFILE_MENU_value_str = zend_string_init("USER_PROFILE_MENU", strlen("USER_PROFILE_MENU"), 1);
	ZVAL_STR(&const_USER_PROFILE_MENU_value, const_USER_PROFILE_MENU_value_str);
	zend_string *const_USER_PROFILE_MENU_name = zend_string_init_interned("USER_PROFILE_MENU", sizeof("USER_PROFILE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_USER_PROFILE_MENU_name, &const_USER_PROFILE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_USER_PROFILE_MENU_name);

	zval const_USER_PROFILE_TOOLBAR_value;
	zend_string *const_USER_PROFILE_TOOLBAR_value_str = zend_string_init("USER_PROFILE_TOOLBAR", strlen("USER_PROFILE_TOOLBAR"), 1);
	ZVAL_STR(&const_USER_PROFILE_TOOLBAR_value, const_USER_PROFILE_TOOLBAR_value_str);
	zend_string *const_USER_PROFILE_TOOLBAR_name = zend_string_init_interned("USER_PROFILE_TOOLBAR", sizeof("USER_PROFILE_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_USER_PROFILE_TOOLBAR_name, &const_USER_PROFILE_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_USER_PROFILE_TOOLBAR_name);

	zval const_CALENDAR_GRIDVIEW_value;
	zend_string *const_CALENDAR_GRIDVIEW_value_str = zend_string_init("CALENDAR_GRIDVIEW", strlen("CALENDAR_GRIDVIEW"), 1);
	ZVAL_STR(&const_CALENDAR_GRIDVIEW_value, const_CALENDAR_GRIDVIEW_value_str);
	zend_string *const_CALENDAR_GRIDVIEW_name = zend_string_init_interned("CALENDAR_GRIDVIEW", sizeof("CALENDAR_GRIDVIEW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CALENDAR_GRIDVIEW_name, &const_CALENDAR_GRIDVIEW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CALENDAR_GRIDVIEW_name);

	zval const_CONTACT_CENTER_value;
	zend_string *const_CONTACT_CENTER_value_str = zend_string_init("CONTACT_CENTER", strlen("CONTACT_CENTER"), 1);
	ZVAL_STR(&const_CONTACT_CENTER_value, const_CONTACT_CENTER_value_str);
	zend_string *const_CONTACT_CENTER_name = zend_string_init_interned("CONTACT_CENTER", sizeof("CONTACT_CENTER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTACT_CENTER_name, &const_CONTACT_CENTER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTACT_CENTER_name);

	zval const_SETTING_CONNECTOR_value;
	zend_string *const_SETTING_CONNECTOR_value_str = zend_string_init("SETTING_CONNECTOR", strlen("SETTING_CONNECTOR"), 1);
	ZVAL_STR(&const_SETTING_CONNECTOR_value, const_SETTING_CONNECTOR_value_str);
	zend_string *const_SETTING_CONNECTOR_name = zend_string_init_interned("SETTING_CONNECTOR", sizeof("SETTING_CONNECTOR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SETTING_CONNECTOR_name, &const_SETTING_CONNECTOR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SETTING_CONNECTOR_name);

	zval const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_value;
	zend_string *const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_value_str = zend_string_init("CRM_DYNAMIC_<id>_ACTIVITY_TIMELINE_MENU", strlen("CRM_DYNAMIC_<id>_ACTIVITY_TIMELINE_MENU"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_value, const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_value_str);
	zend_string *const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_name = zend_string_init_interned("CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU", sizeof("CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_name, &const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_ACTIVITY_TIMELINE_MENU_name);

	zval const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_value;
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_value_str = zend_string_init("CRM_DYNAMIC_<id>_DETAIL_ACTIVITY", strlen("CRM_DYNAMIC_<id>_DETAIL_ACTIVITY"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_value, const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_value_str);
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_name = zend_string_init_interned("CRM_DYNAMIC_ID_DETAIL_ACTIVITY", sizeof("CRM_DYNAMIC_ID_DETAIL_ACTIVITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_name, &const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_DETAIL_ACTIVITY_name);

	zval const_CRM_DYNAMIC_ID_DETAIL_TAB_value;
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_TAB_value_str = zend_string_init("CRM_DYNAMIC_<id>_DETAIL_TAB", strlen("CRM_DYNAMIC_<id>_DETAIL_TAB"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_DETAIL_TAB_value, const_CRM_DYNAMIC_ID_DETAIL_TAB_value_str);
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_TAB_name = zend_string_init_interned("CRM_DYNAMIC_ID_DETAIL_TAB", sizeof("CRM_DYNAMIC_ID_DETAIL_TAB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_DETAIL_TAB_name, &const_CRM_DYNAMIC_ID_DETAIL_TAB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_DETAIL_TAB_name);

	zval const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_DYNAMIC_<id>_DETAIL_TOOLBAR", strlen("CRM_DYNAMIC_<id>_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_value, const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_DYNAMIC_ID_DETAIL_TOOLBAR", sizeof("CRM_DYNAMIC_ID_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_name, &const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_DETAIL_TOOLBAR_name);

	zval const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_DYNAMIC_<id>_DOCUMENTGENERATOR_BUTTON", strlen("CRM_DYNAMIC_<id>_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_value, const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_DOCUMENTGENERATOR_BUTTON_name);

	zval const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_value;
	zend_string *const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_value_str = zend_string_init("CRM_DYNAMIC_<id>_FUNNELS_TOOLBAR", strlen("CRM_DYNAMIC_<id>_FUNNELS_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_value, const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_value_str);
	zend_string *const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_name = zend_string_init_interned("CRM_DYNAMIC_ID_FUNNELS_TOOLBAR", sizeof("CRM_DYNAMIC_ID_FUNNELS_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_name, &const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_FUNNELS_TOOLBAR_name);

	zval const_CRM_DYNAMIC_ID_LIST_MENU_value;
	zend_string *const_CRM_DYNAMIC_ID_LIST_MENU_value_str = zend_string_init("CRM_DYNAMIC_<id>_LIST_MENU", strlen("CRM_DYNAMIC_<id>_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_LIST_MENU_value, const_CRM_DYNAMIC_ID_LIST_MENU_value_str);
	zend_string *const_CRM_DYNAMIC_ID_LIST_MENU_name = zend_string_init_interned("CRM_DYNAMIC_ID_LIST_MENU", sizeof("CRM_DYNAMIC_ID_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_LIST_MENU_name, &const_CRM_DYNAMIC_ID_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_LIST_MENU_name);

	zval const_CRM_DYNAMIC_ID_LIST_TOOLBAR_value;
	zend_string *const_CRM_DYNAMIC_ID_LIST_TOOLBAR_value_str = zend_string_init("CRM_DYNAMIC_<id>_LIST_TOOLBAR", strlen("CRM_DYNAMIC_<id>_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_LIST_TOOLBAR_value, const_CRM_DYNAMIC_ID_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_DYNAMIC_ID_LIST_TOOLBAR_name = zend_string_init_interned("CRM_DYNAMIC_ID_LIST_TOOLBAR", sizeof("CRM_DYNAMIC_ID_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_LIST_TOOLBAR_name, &const_CRM_DYNAMIC_ID_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_LIST_TOOLBAR_name);

	zval const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_value;
	zend_string *const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_value_str = zend_string_init("CRM_DYNAMIC_<id>_ROBOT_DESIGNER_TOOLBAR", strlen("CRM_DYNAMIC_<id>_ROBOT_DESIGNER_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_value, const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_value_str);
	zend_string *const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_name = zend_string_init_interned("CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR", sizeof("CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_name, &const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_DYNAMIC_ID_ROBOT_DESIGNER_TOOLBAR_name);

	zval const_CRM_INVOICE_LIST_TOOLBAR_value;
	zend_string *const_CRM_INVOICE_LIST_TOOLBAR_value_str = zend_string_init("CRM_INVOICE_LIST_TOOLBAR", strlen("CRM_INVOICE_LIST_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_INVOICE_LIST_TOOLBAR_value, const_CRM_INVOICE_LIST_TOOLBAR_value_str);
	zend_string *const_CRM_INVOICE_LIST_TOOLBAR_name = zend_string_init_interned("CRM_INVOICE_LIST_TOOLBAR", sizeof("CRM_INVOICE_LIST_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_INVOICE_LIST_TOOLBAR_name, &const_CRM_INVOICE_LIST_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_INVOICE_LIST_TOOLBAR_name);

	zval const_CRM_INVOICE_DETAIL_TOOLBAR_value;
	zend_string *const_CRM_INVOICE_DETAIL_TOOLBAR_value_str = zend_string_init("CRM_INVOICE_DETAIL_TOOLBAR", strlen("CRM_INVOICE_DETAIL_TOOLBAR"), 1);
	ZVAL_STR(&const_CRM_INVOICE_DETAIL_TOOLBAR_value, const_CRM_INVOICE_DETAIL_TOOLBAR_value_str);
	zend_string *const_CRM_INVOICE_DETAIL_TOOLBAR_name = zend_string_init_interned("CRM_INVOICE_DETAIL_TOOLBAR", sizeof("CRM_INVOICE_DETAIL_TOOLBAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_INVOICE_DETAIL_TOOLBAR_name, &const_CRM_INVOICE_DETAIL_TOOLBAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_INVOICE_DETAIL_TOOLBAR_name);

	zval const_CRM_INVOICE_LIST_MENU_value;
	zend_string *const_CRM_INVOICE_LIST_MENU_value_str = zend_string_init("CRM_INVOICE_LIST_MENU", strlen("CRM_INVOICE_LIST_MENU"), 1);
	ZVAL_STR(&const_CRM_INVOICE_LIST_MENU_value, const_CRM_INVOICE_LIST_MENU_value_str);
	zend_string *const_CRM_INVOICE_LIST_MENU_name = zend_string_init_interned("CRM_INVOICE_LIST_MENU", sizeof("CRM_INVOICE_LIST_MENU") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_INVOICE_LIST_MENU_name, &const_CRM_INVOICE_LIST_MENU_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_INVOICE_LIST_MENU_name);

	zval const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_value;
	zend_string *const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_value_str = zend_string_init("CRM_INVOICE_DOCUMENTGENERATOR_BUTTON", strlen("CRM_INVOICE_DOCUMENTGENERATOR_BUTTON"), 1);
	ZVAL_STR(&const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_value, const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_value_str);
	zend_string *const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_name = zend_string_init_interned("CRM_INVOICE_DOCUMENTGENERATOR_BUTTON", sizeof("CRM_INVOICE_DOCUMENTGENERATOR_BUTTON") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_name, &const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_INVOICE_DOCUMENTGENERATOR_BUTTON_name);

	zval const_USERFIELD_TYPE_value;
	zend_string *const_USERFIELD_TYPE_value_str = zend_string_init("USERFIELD_TYPE", strlen("USERFIELD_TYPE"), 1);
	ZVAL_STR(&const_USERFIELD_TYPE_value, const_USERFIELD_TYPE_value_str);
	zend_string *const_USERFIELD_TYPE_name = zend_string_init_interned("USERFIELD_TYPE", sizeof("USERFIELD_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_USERFIELD_TYPE_name, &const_USERFIELD_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_USERFIELD_TYPE_name);

	zval const_LANDING_SETTINGS_value;
	zend_string *const_LANDING_SETTINGS_value_str = zend_string_init("LANDING_SETTINGS", strlen("LANDING_SETTINGS"), 1);
	ZVAL_STR(&const_LANDING_SETTINGS_value, const_LANDING_SETTINGS_value_str);
	zend_string *const_LANDING_SETTINGS_name = zend_string_init_interned("LANDING_SETTINGS", sizeof("LANDING_SETTINGS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LANDING_SETTINGS_name, &const_LANDING_SETTINGS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LANDING_SETTINGS_name);

	zval const_LANDING_BLOCK_CODE_value;
	zend_string *const_LANDING_BLOCK_CODE_value_str = zend_string_init("LANDING_BLOCK_<code>", strlen("LANDING_BLOCK_<code>"), 1);
	ZVAL_STR(&const_LANDING_BLOCK_CODE_value, const_LANDING_BLOCK_CODE_value_str);
	zend_string *const_LANDING_BLOCK_CODE_name = zend_string_init_interned("LANDING_BLOCK_CODE", sizeof("LANDING_BLOCK_CODE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LANDING_BLOCK_CODE_name, &const_LANDING_BLOCK_CODE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LANDING_BLOCK_CODE_name);

	zval const_DEFAULT_value;
	zend_string *const_DEFAULT_value_str = zend_string_init("DEFAULT", strlen("DEFAULT"), 1);
	ZVAL_STR(&const_DEFAULT_value, const_DEFAULT_value_str);
	zend_string *const_DEFAULT_name = zend_string_init_interned("DEFAULT", sizeof("DEFAULT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_name, &const_DEFAULT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_name);

	zval const_CRM_REQUISITE_EDIT_FORM_value;
	zend_string *const_CRM_REQUISITE_EDIT_FORM_value_str = zend_string_init("CRM_REQUISITE_EDIT_FORM", strlen("CRM_REQUISITE_EDIT_FORM"), 1);
	ZVAL_STR(&const_CRM_REQUISITE_EDIT_FORM_value, const_CRM_REQUISITE_EDIT_FORM_value_str);
	zend_string *const_CRM_REQUISITE_EDIT_FORM_name = zend_string_init_interned("CRM_REQUISITE_EDIT_FORM", sizeof("CRM_REQUISITE_EDIT_FORM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRM_REQUISITE_EDIT_FORM_name, &const_CRM_REQUISITE_EDIT_FORM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRM_REQUISITE_EDIT_FORM_name);

	zval const_MAIN_1C_PAGE_value;
	zend_string *const_MAIN_1C_PAGE_value_str = zend_string_init("1C_PAGE", strlen("1C_PAGE"), 1);
	ZVAL_STR(&const_MAIN_1C_PAGE_value, const_MAIN_1C_PAGE_value_str);
	zend_string *const_MAIN_1C_PAGE_name = zend_string_init_interned("MAIN_1C_PAGE", sizeof("MAIN_1C_PAGE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAIN_1C_PAGE_name, &const_MAIN_1C_PAGE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAIN_1C_PAGE_name);

	zval const_LANDING_BLOCK_value;
	zend_string *const_LANDING_BLOCK_value_str = zend_string_init("LANDING_BLOCK", strlen("LANDING_BLOCK"), 1);
	ZVAL_STR(&const_LANDING_BLOCK_value, const_LANDING_BLOCK_value_str);
	zend_string *const_LANDING_BLOCK_name = zend_string_init_interned("LANDING_BLOCK", sizeof("LANDING_BLOCK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LANDING_BLOCK_name, &const_LANDING_BLOCK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LANDING_BLOCK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_value_str = zend_string_init("BackgroundCallCard::initialized", strlen("BackgroundCallCard::initialized"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_value, const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_INITIALIZED", sizeof("EVENT_BACKGROUND_CALL_CARD_INITIALIZED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_name, &const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_INITIALIZED_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::addCommentButtonClick", strlen("BackgroundCallCard::addCommentButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_ADD_COMMENT_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::muteButtonClick", strlen("BackgroundCallCard::muteButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_MUTE_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::holdButtonClick", strlen("BackgroundCallCard::holdButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_HOLD_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::closeButtonClick", strlen("BackgroundCallCard::closeButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_CLOSE_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::transferButtonClick", strlen("BackgroundCallCard::transferButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_TRANSFER_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::cancelTransferButtonClick", strlen("BackgroundCallCard::cancelTransferButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_CANCEL_TRANSFER_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::completeTransferButtonClick", strlen("BackgroundCallCard::completeTransferButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_COMPLETE_TRANSFER_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::hangupButtonClick", strlen("BackgroundCallCard::hangupButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_HANGUP_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::nextButtonClick", strlen("BackgroundCallCard::nextButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_NEXT_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::skipButtonClick", strlen("BackgroundCallCard::skipButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_SKIP_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::answerButtonClick", strlen("BackgroundCallCard::answerButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_value_str = zend_string_init("BackgroundCallCard::entityChanged", strlen("BackgroundCallCard::entityChanged"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_value, const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED", sizeof("EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_name, &const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_ENTITY_CHANGED_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::makeCallButtonClick", strlen("BackgroundCallCard::makeCallButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_MAKE_CALL_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_value_str = zend_string_init("BackgroundCallCard::qualityMeterClick", strlen("BackgroundCallCard::qualityMeterClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_QUALITY_METER_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::dialpadButtonClick", strlen("BackgroundCallCard::dialpadButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_DIALPAD_BUTTON_CLICK_name);

	zval const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_value;
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_value_str = zend_string_init("BackgroundCallCard::notifyAdminButtonClick", strlen("BackgroundCallCard::notifyAdminButtonClick"), 1);
	ZVAL_STR(&const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_value, const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_value_str);
	zend_string *const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_name = zend_string_init_interned("EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK", sizeof("EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_name, &const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_BACKGROUND_CALL_CARD_NOTIFY_ADMIN_BUTTON_CLICK_name);

	zval const_EVENT_CALL_CARD_ENTITY_CHANGED_value;
	zend_string *const_EVENT_CALL_CARD_ENTITY_CHANGED_value_str = zend_string_init("CallCard::EntityChanged", strlen("CallCard::EntityChanged"), 1);
	ZVAL_STR(&const_EVENT_CALL_CARD_ENTITY_CHANGED_value, const_EVENT_CALL_CARD_ENTITY_CHANGED_value_str);
	zend_string *const_EVENT_CALL_CARD_ENTITY_CHANGED_name = zend_string_init_interned("EVENT_CALL_CARD_ENTITY_CHANGED", sizeof("EVENT_CALL_CARD_ENTITY_CHANGED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALL_CARD_ENTITY_CHANGED_name, &const_EVENT_CALL_CARD_ENTITY_CHANGED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALL_CARD_ENTITY_CHANGED_name);

	zval const_EVENT_CALL_CARD_BEFORE_CLOSE_value;
	zend_string *const_EVENT_CALL_CARD_BEFORE_CLOSE_value_str = zend_string_init("CallCard::BeforeClose", strlen("CallCard::BeforeClose"), 1);
	ZVAL_STR(&const_EVENT_CALL_CARD_BEFORE_CLOSE_value, const_EVENT_CALL_CARD_BEFORE_CLOSE_value_str);
	zend_string *const_EVENT_CALL_CARD_BEFORE_CLOSE_name = zend_string_init_interned("EVENT_CALL_CARD_BEFORE_CLOSE", sizeof("EVENT_CALL_CARD_BEFORE_CLOSE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALL_CARD_BEFORE_CLOSE_name, &const_EVENT_CALL_CARD_BEFORE_CLOSE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALL_CARD_BEFORE_CLOSE_name);

	zval const_EVENT_CALL_CARD_CALL_STATE_CHANGED_value;
	zend_string *const_EVENT_CALL_CARD_CALL_STATE_CHANGED_value_str = zend_string_init("CallCard::CallStateChanged", strlen("CallCard::CallStateChanged"), 1);
	ZVAL_STR(&const_EVENT_CALL_CARD_CALL_STATE_CHANGED_value, const_EVENT_CALL_CARD_CALL_STATE_CHANGED_value_str);
	zend_string *const_EVENT_CALL_CARD_CALL_STATE_CHANGED_name = zend_string_init_interned("EVENT_CALL_CARD_CALL_STATE_CHANGED", sizeof("EVENT_CALL_CARD_CALL_STATE_CHANGED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALL_CARD_CALL_STATE_CHANGED_name, &const_EVENT_CALL_CARD_CALL_STATE_CHANGED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALL_CARD_CALL_STATE_CHANGED_name);

	zval const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_value;
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_value_str = zend_string_init("Calendar.customView:refreshEntries", strlen("Calendar.customView:refreshEntries"), 1);
	ZVAL_STR(&const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_value, const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_value_str);
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_name = zend_string_init_interned("EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES", sizeof("EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_name, &const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALENDAR_CUSTOM_VIEW_REFRESH_ENTRIES_name);

	zval const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_value;
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_value_str = zend_string_init("Calendar.customView:decreaseViewRangeDate", strlen("Calendar.customView:decreaseViewRangeDate"), 1);
	ZVAL_STR(&const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_value, const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_value_str);
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_name = zend_string_init_interned("EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE", sizeof("EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_name, &const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALENDAR_CUSTOM_VIEW_DECREASE_VIEW_RANGE_DATE_name);

	zval const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_value;
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_value_str = zend_string_init("Calendar.customView:increaseViewRangeDate", strlen("Calendar.customView:increaseViewRangeDate"), 1);
	ZVAL_STR(&const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_value, const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_value_str);
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_name = zend_string_init_interned("EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE", sizeof("EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_name, &const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALENDAR_CUSTOM_VIEW_INCREASE_VIEW_RANGE_DATE_name);

	zval const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_value;
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_value_str = zend_string_init("Calendar.customView:adjustToDate", strlen("Calendar.customView:adjustToDate"), 1);
	ZVAL_STR(&const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_value, const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_value_str);
	zend_string *const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_name = zend_string_init_interned("EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE", sizeof("EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_name, &const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE_name);

	zval const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_value;
	zend_string *const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_value_str = zend_string_init("onCrmEntityIsNeedToCreate", strlen("onCrmEntityIsNeedToCreate"), 1);
	ZVAL_STR(&const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_value, const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_value_str);
	zend_string *const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_name = zend_string_init_interned("EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE", sizeof("EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_name, &const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "fromrequest", sizeof("fromrequest") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "fromrequest", sizeof("fromrequest") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "client", sizeof("client") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verifyapplicationtoken", sizeof("verifyapplicationtoken") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "bindings", sizeof("bindings") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "unbindevent", sizeof("unbindevent") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "renderframe", sizeof("renderframe") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "renderframe", sizeof("renderframe") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frame", sizeof("frame") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frame", sizeof("frame") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frame", sizeof("frame") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verifyevent", sizeof("verifyevent") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
