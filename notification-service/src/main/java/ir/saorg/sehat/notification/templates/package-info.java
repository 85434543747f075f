/** The one place notification texts live: Persian and English templates, rendered to HTML e-mail and short text. */
package ir.saorg.sehat.notification.templates;
