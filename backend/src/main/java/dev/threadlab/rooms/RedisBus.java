package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Rooms shared through Redis ({@code LAB_REDIS_URL}). Per room: a hash {@code lab:room:CODE:live} with the live state
 * and its version, changed only by a script that checks the version first (so two nodes never both commit one
 * version), and a hash {@code lab:room:CODE:roster} with each node's connected students. Messages go to the channel
 * {@code lab:room-events:CODE}; every node listens to all rooms' channels on one connection and hands on the messages
 * of the rooms it has loaded (its own state changes included: they come back in the order Redis committed them). Nodes say they are alive in the hash {@code lab:nodes} every
 * {@value #HEARTBEAT_MS} ms: a node silent for {@value #DEAD_AFTER_MS} ms is dead, and its students are no longer
 * counted.
 */
final class RedisBus implements RoomBus {

    static final long HEARTBEAT_MS = 1_000;
    static final long DEAD_AFTER_MS = 4_000;

    private static final Logger LOG = LoggerFactory.getLogger(RedisBus.class);
    private static final String CHANNELS = "lab:room-events:";
    private static final String NODES = "lab:nodes";
    private static final long KEEP_MS = TimeUnit.DAYS.toMillis(7);
    private static final String COMMIT = """
            local v = redis.call('HGET', KEYS[1], 'v')
            if v ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            redis.call('PUBLISH', KEYS[2], ARGV[5])
            return 1""";
    private static final String ATTACH = """
            local v = redis.call('HGET', KEYS[1], 'v')
            if not v or tonumber(v) < tonumber(ARGV[1]) then
              redis.call('HSET', KEYS[1], 'v', ARGV[1], 's', ARGV[2])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return redis.call('HGET', KEYS[1], 's')""";

    private final RedisClient redis;
    private final String node;
    private final ClusterJson json;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile BiConsumer<JoinCode, ClusterMessage> listener = (code, message) -> { };
    private volatile JedisPubSub subscription;
    private volatile boolean closed;
    private volatile Set<String> alive;
    private final Thread subscriber;

    RedisBus(String url, String node, ClusterJson json) {
        this.redis = RedisClient.create(URI.create(url));
        this.node = node;
        this.json = json;
        this.alive = heartbeat();
        this.subscriber = Thread.ofPlatform().daemon().name("room-bus").start(this::subscribe);
        try {
            if (!listening.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Could not subscribe to the rooms' channels at " + url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while subscribing to " + url, e);
        }
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public LiveState attach(JoinCode code, LiveState mine) {
        Object shared = redis.eval(ATTACH, List.of(liveKey(code)),
                List.of(Long.toString(mine.version()), json.writeLive(mine), Long.toString(KEEP_MS)));
        return json.readLive((String) shared);
    }

    @Override
    public boolean commit(JoinCode code, LiveState next, String event) {
        String message = json.write(new ClusterMessage.StateChanged(node, next, event));
        Object done = redis.eval(COMMIT, List.of(liveKey(code), CHANNELS + code.value()),
                List.of(Long.toString(next.version() - 1), Long.toString(next.version()), json.writeLive(next),
                        Long.toString(KEEP_MS), message));
        return Long.valueOf(1).equals(done);
    }

    @Override
    public void publish(JoinCode code, ClusterMessage message) {
        redis.publish(CHANNELS + code.value(), json.write(message));
    }

    @Override
    public void roster(JoinCode code, List<MemberView> members) {
        redis.hset(rosterKey(code), node, json.writeMembers(members));
        redis.pexpire(rosterKey(code), KEEP_MS);
        publish(code, new ClusterMessage.Roster(node, members));
    }

    @Override
    public Map<String, List<MemberView>> rosters(JoinCode code) {
        Set<String> live = alive;
        Map<String, List<MemberView>> result = new HashMap<>();
        redis.hgetAll(rosterKey(code)).forEach((other, members) -> {
            if (!other.equals(node) && live.contains(other)) {
                result.put(other, json.readMembers(members));
            }
        });
        return result;
    }

    @Override
    public void forget(JoinCode code) {
        redis.del(liveKey(code), rosterKey(code));
    }

    @Override
    public void listen(BiConsumer<JoinCode, ClusterMessage> newListener) {
        this.listener = newListener;
    }

    @Override
    public Set<String> heartbeat() {
        long now = System.currentTimeMillis();
        redis.hset(NODES, node, Long.toString(now));
        Map<String, String> seen = redis.hgetAll(NODES);
        Set<String> live = seen.entrySet().stream()
                .filter(e -> now - Long.parseLong(e.getValue()) <= DEAD_AFTER_MS)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        seen.forEach((other, at) -> {
            if (now - Long.parseLong(at) > TimeUnit.HOURS.toMillis(1)) {
                redis.hdel(NODES, other);
            }
        });
        alive = live;
        return live;
    }

    private void subscribe() {
        while (!closed) {
            JedisPubSub pubsub = new JedisPubSub() {
                @Override
                public void onPSubscribe(String pattern, int subscribedChannels) {
                    listening.countDown();
                }

                @Override
                public void onPMessage(String pattern, String channel, String text) {
                    deliver(channel, text);
                }
            };
            subscription = pubsub;
            try {
                redis.psubscribe(pubsub, CHANNELS + "*");
            } catch (JedisException e) {
                if (!closed) {
                    LOG.warn("Lost the rooms' channels on Redis; subscribing again in 1 s", e);
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private void deliver(String channel, String text) {
        try {
            ClusterMessage message = json.read(text);
            // a node hears its own commits too: that is how it learns their place in the room's order
            if (!message.node().equals(node) || message instanceof ClusterMessage.StateChanged) {
                JoinCode.parse(channel.substring(CHANNELS.length())).ifPresent(code -> listener.accept(code, message));
            }
        } catch (RuntimeException e) {
            LOG.error("Could not handle a message on {}", channel, e);
        }
    }

    private static String liveKey(JoinCode code) {
        return "lab:room:" + code.value() + ":live";
    }

    private static String rosterKey(JoinCode code) {
        return "lab:room:" + code.value() + ":roster";
    }

    @Override
    public void close() {
        closed = true;
        JedisPubSub pubsub = subscription;
        if (pubsub != null && pubsub.isSubscribed()) {
            pubsub.punsubscribe();
        }
        try {
            redis.hdel(NODES, node);
        } catch (JedisException e) {
            LOG.warn("Could not say goodbye to Redis", e);
        }
        try {
            subscriber.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        redis.close();
    }
}
