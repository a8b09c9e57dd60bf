package dev.threadlab.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ObjIntConsumer;

/**
 * Many WebSocket clients on one selector thread, for the load tool: a minimal RFC 6455 client (handshake, unmasked
 * server frames, pong replies) so that the clients' own cost stays small next to the server's on a shared machine.
 * Each complete text message is handed to the consumer with the client's index, on the selector thread.
 */
final class NioStudents implements AutoCloseable {

    private final Selector selector = Selector.open();
    private final List<SocketChannel> channels = new ArrayList<>();
    private final ObjIntConsumer<String> onText;
    private final boolean deflate;
    private final Thread loop;
    private volatile boolean running = true;

    /** @param deflate offer permessage-deflate, as browsers do, and inflate compressed messages */
    NioStudents(ObjIntConsumer<String> onText, boolean deflate) throws IOException {
        this.onText = onText;
        this.deflate = deflate;
        this.loop = Thread.ofPlatform().name("nio-students").daemon().unstarted(this::run);
    }

    /** Connects and upgrades (blocking), then hands the connection to the selector. */
    void connect(URI ws, int index) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(ws.getHost(), ws.getPort()));
        channel.socket().setTcpNoDelay(true);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + ws.getRawPath() + "?" + ws.getRawQuery() + " HTTP/1.1\r\nHost: " + ws.getHost() + ":"
                + ws.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + (deflate ? "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" : "") + "\r\n";
        channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        Connection connection = new Connection(index);
        ByteBuffer in = connection.in;
        while (true) {
            if (channel.read(in) < 0) {
                throw new IOException("closed during the handshake");
            }
            String head = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            if (end >= 0) {
                if (!head.startsWith("HTTP/1.1 101")) {
                    throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
                }
                in.flip().position(end + 4);
                in.compact();
                break;
            }
        }
        channel.configureBlocking(false);
        synchronized (channels) {
            channels.add(channel);
        }
        selector.wakeup();
        pending.add(new Object[]{channel, connection});
        if (!loop.isAlive()) {
            loop.start();
        }
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Object[]> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private void run() {
        try {
            while (running) {
                for (Object[] p; (p = pending.poll()) != null; ) {
                    SocketChannel channel = (SocketChannel) p[0];
                    Connection connection = (Connection) p[1];
                    channel.register(selector, SelectionKey.OP_READ, connection);
                    connection.drain(channel); // bytes that came with the handshake
                }
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    ((Connection) key.attachment()).read((SocketChannel) key.channel());
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (running) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One client's read buffer and frame parser. */
    private final class Connection {
        private final int index;
        private ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        private final java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
        private final java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        private boolean compressed;

        Connection(int index) {
            this.index = index;
        }

        void read(SocketChannel channel) throws IOException {
            if (channel.read(in) < 0) {
                channel.close();
                return;
            }
            drain(channel);
        }

        void drain(SocketChannel channel) throws IOException {
            in.flip();
            while (true) {
                int start = in.position();
                if (in.remaining() < 2) {
                    break;
                }
                int b0 = in.get() & 0xFF;
                int b1 = in.get() & 0x7F;
                long length = b1;
                if (b1 == 126) {
                    if (in.remaining() < 2) {
                        in.position(start);
                        break;
                    }
                    length = in.getShort() & 0xFFFF;
                } else if (b1 == 127) {
                    if (in.remaining() < 8) {
                        in.position(start);
                        break;
                    }
                    length = in.getLong();
                }
                if (in.remaining() < length) {
                    in.position(start);
                    if (length + 14 > in.capacity()) {
                        ByteBuffer bigger = ByteBuffer.allocate((int) length + 14);
                        bigger.put(in);
                        in = bigger;
                        return;
                    }
                    break;
                }
                byte[] payload = new byte[(int) length];
                in.get(payload);
                if ((b0 & 0x0F) == 1 || (b0 & 0x0F) == 2) {
                    compressed = (b0 & 0x40) != 0;
                }
                frame(channel, b0 & 0x0F, (b0 & 0x80) != 0, payload);
            }
            in.compact();
        }

        private void frame(SocketChannel channel, int opcode, boolean fin, byte[] payload) throws IOException {
            switch (opcode) {
                case 0, 1 -> {
                    message.write(payload);
                    if (fin) {
                        onText.accept(compressed ? inflate(message.toByteArray())
                                : message.toString(StandardCharsets.UTF_8), index);
                        message.reset();
                    }
                }
                case 8 -> channel.close();
                case 9 -> pong(channel, payload);
                default -> { }
            }
        }

        /** RFC 7692: append 00 00 FF FF and inflate, keeping the context between messages. */
        private String inflate(byte[] data) throws IOException {
            byte[] input = java.util.Arrays.copyOf(data, data.length + 4);
            input[data.length + 2] = (byte) 0xFF;
            input[data.length + 3] = (byte) 0xFF;
            inflater.setInput(input);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            try {
                int n;
                while ((n = inflater.inflate(chunk)) > 0) {
                    out.write(chunk, 0, n);
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        private void pong(SocketChannel channel, byte[] payload) throws IOException {
            ByteBuffer frame = ByteBuffer.allocate(6 + payload.length);
            frame.put((byte) 0x8A).put((byte) (0x80 | payload.length)).putInt(0); // zero mask: payload unchanged
            frame.put(payload).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            loop.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (channels) {
            for (SocketChannel c : channels) {
                c.close();
            }
        }
        selector.close();
    }
}
