/**
 * Every service is an OAuth2 resource server: it trusts access tokens of the configured issuer (SEHAT_ISSUER_URI),
 * reads Sehat's {@code roles} and {@code university} claims, and answers 401 and 403 as problem details.
 */
package ir.saorg.sehat.platform.security;
