/** E-mail over SMTP: HTML (right to left for Persian) with a plain-text alternative, one Message-ID per delivery. */
package ir.saorg.sehat.notification.email;
