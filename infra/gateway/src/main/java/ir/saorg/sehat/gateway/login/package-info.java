/** Logging people in with OpenID Connect, relaying their tokens, and guarding their cookie-borne session against CSRF. */
package ir.saorg.sehat.gateway.login;
