/**
 * The administrators' console, a part of every service. Each service answers for its own dead letters
 * ({@code deadletters}) and its own health and outbox ({@code health}); any one of them draws the cluster's topics and
 * consumer lag ({@code cluster}). The gateway sends {@code /admin/services/<name>/**} to the service of that name and
 * {@code /admin} with {@code /admin/cluster/**} to one service; every page and endpoint needs the ADMIN role.
 */
package ir.saorg.sehat.console;
