/** The development provider's own login page. */
package ir.saorg.sehat.identity.login;
