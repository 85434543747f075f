package ir.saorg.sehat.local;

import java.util.List;
import java.util.Map;

/**
 * One process of the local stack.
 *
 * @param name    its name, also of its log file and pid file
 * @param command the command line
 * @param env     environment variables added to the launcher's
 * @param ports   the ports it listens on, checked free before anything starts
 * @param health  how to tell it is ready
 * @param show    what to tell the person who started it (an address), or empty
 */
public record Part(String name, List<String> command, Map<String, String> env, List<Integer> ports, Health health,
                   String show) {
}
