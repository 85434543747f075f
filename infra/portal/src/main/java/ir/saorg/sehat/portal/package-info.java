/** What every page of the portal shares: layout, language, dates and money as people read them, who is looking. */
package ir.saorg.sehat.portal;
