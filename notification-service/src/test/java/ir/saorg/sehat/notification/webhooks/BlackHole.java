package ir.saorg.sehat.notification.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A subscriber that is dead in the worst way: it accepts connections and never answers. */
public final class BlackHole implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private BlackHole() {
        try {
            socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());
                    accepted.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public static BlackHole open() {
        return new BlackHole();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
    }

    public int accepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        } catch (IOException ignored) {
            // closing a test server
        }
    }
}
