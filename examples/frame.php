<?php
/*
 * The app's frame page (b24.frame_url): b24_bind_event() binds it to the placement that raises
 * an interface event (PAGE_BACKGROUND_WORKER for BackgroundCallCard::*, CALL_CARD for
 * CallCard::*, ...) when the portal has no REST placement.bindEvent. The portal loads it in that
 * placement's frame with a widget request; the answer is a small page that subscribes the
 * events recorded for this portal and forwards each occurrence, signed, to its handler.
 *
 * The page must load fast (PAGE_BACKGROUND_WORKER is dropped after repeated 5 s loads): it makes
 * no REST call, it only reads the bindings file. It must also allow framing: send no
 * X-Frame-Options or frame-ancestors header that forbids the portal.
 *
 * php.ini: b24.client_secret (signs the page) and b24.store (the bindings file is kept next to
 * the token store), or pass the portal's B24Client as frame()'s third argument.
 */

declare(strict_types=1);

/* The application_token stored at install (ONAPPINSTALL's auth[application_token]): here from the
   token store of a one-portal app, CRest's settings.json at b24.store. An app serving several
   portals looks it up by $request->request()['member_id']. */
function stored_application_token(): string
{
    $settings = json_decode((string)@file_get_contents((string)ini_get('b24.store')), true);
    return (string)($settings['application_token'] ?? '');
}

try {
    $request = B24Placement::fromRequest();
    $page = $request->frame(stored_application_token());
} catch (B24Exception $e) {
    /* Not the portal's request (wrong or missing APPLICATION_TOKEN, fields missing). */
    http_response_code(403);
    exit;
}
header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo $page;
