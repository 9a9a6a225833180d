package fr.allervers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay to the application that a test can cut and restore: while cut, nothing listens on its port,
 * so every request the browser makes to it fails as it would with no network, whichever part of the browser sends
 * it (page, service worker). Counts the bytes the browser sent through it, to show that nothing reached the server.
 */
final class CuttableLink implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytesFromBrowser = new AtomicLong();
    private volatile ServerSocket listener;

    CuttableLink(int target) {
        this.target = target;
        listener = listen(0);
        port = listener.getLocalPort();
    }

    /** The port the browser uses instead of the application's (the same host, so the session cookie applies). */
    int port() {
        return port;
    }

    long bytesFromBrowser() {
        return bytesFromBrowser.get();
    }

    /** No network: stops listening and drops every open connection. Returns once the port refuses connections. */
    void cut() {
        closeQuietly(listener);
        sockets.forEach(CuttableLink::closeQuietly);
        sockets.clear();
        awaitRefused();
    }

    /**
     * The JDK closes a listening socket that another thread is blocked accepting on only once that accept has
     * returned: until then the kernel still completes connections to the port.
     */
    private void awaitRefused() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread.sleep(10);
            } catch (IOException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("port " + port + " still accepts connections after the cut");
    }

    /** The network is back, on the same port. */
    void restore() {
        listener = listen(port);
    }

    private ServerSocket listen(int wantedPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort));
            Thread acceptor = new Thread(() -> accept(socket), "cuttable-link-" + socket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket browser = socket.accept();
                if (socket.isClosed()) {
                    closeQuietly(browser); // accepted while being cut
                    return;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(browser);
                sockets.add(server);
                pipe(browser, server, true);
                pipe(server, browser, false);
            } catch (IOException e) {
                // closed by cut(), or one connection failed: the browser sees a network error, as intended
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean counted) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (counted) {
                        bytesFromBrowser.addAndGet(n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "cuttable-link-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
