package dev.threadlab.cluster;

import dev.threadlab.persistence.Database;

/**
 * What the nodes of one school share besides the database (README "Scale out").
 *
 * @param redisUrl       {@code LAB_REDIS_URL}, e.g. {@code redis://127.0.0.1:6379}: rooms span every node through it;
 *                       null: this node runs alone and its rooms live in it
 * @param nodeName       {@code LAB_NODE_NAME}: how this node names itself to the others (default: a random name)
 * @param trustedProxies {@code LAB_TRUSTED_PROXIES}: the balancers whose {@code X-Forwarded-For} names the client
 * @param dbPoolSize     {@code LAB_DB_POOL_SIZE}: connections to an external database, per node
 */
public record ClusterSettings(String redisUrl, String nodeName, TrustedProxies trustedProxies, int dbPoolSize) {

    public ClusterSettings {
        if (dbPoolSize <= 0) {
            throw new IllegalArgumentException("LAB_DB_POOL_SIZE must be positive, got " + dbPoolSize);
        }
    }

    /** One node, no proxies. */
    public static ClusterSettings alone() {
        return new ClusterSettings(null, null, TrustedProxies.NONE, Database.MAX_CONNECTIONS);
    }

    public ClusterSettings withRedis(String url, String name) {
        return new ClusterSettings(url, name, trustedProxies, dbPoolSize);
    }

    public ClusterSettings withTrustedProxies(TrustedProxies proxies) {
        return new ClusterSettings(redisUrl, nodeName, proxies, dbPoolSize);
    }
}
