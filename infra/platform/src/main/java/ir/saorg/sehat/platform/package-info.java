/** What every Sehat service shares: outbox and relay, idempotent consumers, CloudEvents headers, problem details. */
package ir.saorg.sehat.platform;
