/*
 * b24: interface B24TokenStore, the contract between the clients, the
 * application lifecycle (install, events, uninstall) and wherever an
 * application keeps the tokens of its portals (b24_store.stub.php says what
 * each method must do).
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "b24_private.h"
#include "b24_store_arginfo.h"

zend_class_entry *b24_php_ce_TokenStore;

void b24_php_token_store_minit(void)
{
	b24_php_ce_TokenStore = register_class_B24TokenStore();
}
