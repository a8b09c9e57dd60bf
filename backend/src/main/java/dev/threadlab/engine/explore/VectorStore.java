package dev.threadlab.engine.explore;

import dev.threadlab.engine.primitives.Digest;

import java.util.Arrays;

/**
 * The set of state vectors seen, numbered in order of arrival: each packed as zigzag varints (most entries are small,
 * so a few bytes instead of eight) into one byte arena, found through an open-addressing table keyed by a 64-bit
 * hash. Vectors are compared exactly, byte for byte, never by hash alone.
 */
final class VectorStore {

    private static final int EMPTY = -1;

    private int[] table = new int[1 << 12];
    private long[] hashes = new long[1 << 10];
    private int[] offsets = new int[(1 << 10) + 1];
    private byte[] arena = new byte[1 << 16];
    private byte[] scratch = new byte[256];
    private int size;

    VectorStore() {
        Arrays.fill(table, EMPTY);
    }

    int size() {
        return size;
    }

    /** The number of {@code vector}; a new one gets {@code -1 - number}. */
    int intern(Digest vector) {
        int length = pack(vector);
        long hash = hash(scratch, length);
        int mask = table.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id == EMPTY) {
                return -1 - add(slot, hash, length);
            }
            if (hashes[id] == hash && Arrays.equals(arena, offsets[id], offsets[id + 1], scratch, 0, length)) {
                return id;
            }
        }
    }

    private int add(int slot, long hash, int length) {
        int id = size++;
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2 + 1);
        }
        int start = offsets[id];
        if (start + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, start + length));
        }
        System.arraycopy(scratch, 0, arena, start, length);
        offsets[id + 1] = start + length;
        hashes[id] = hash;
        table[slot] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = (int) hashes[id] & mask;
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
        }
    }

    private int pack(Digest vector) {
        if (scratch.length < vector.size() * 10) {
            scratch = new byte[vector.size() * 10];
        }
        int n = 0;
        for (int i = 0; i < vector.size(); i++) {
            long x = vector.get(i);
            long z = (x << 1) ^ (x >> 63);
            while ((z & ~0x7FL) != 0) {
                scratch[n++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            scratch[n++] = (byte) z;
        }
        return n;
    }

    private static long hash(byte[] bytes, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long w = (bytes[i] & 0xFFL) | (bytes[i + 1] & 0xFFL) << 8 | (bytes[i + 2] & 0xFFL) << 16
                    | (bytes[i + 3] & 0xFFL) << 24 | (bytes[i + 4] & 0xFFL) << 32 | (bytes[i + 5] & 0xFFL) << 40
                    | (bytes[i + 6] & 0xFFL) << 48 | (bytes[i + 7] & 0xFFL) << 56;
            h = mix(h ^ w);
        }
        for (; i < length; i++) {
            h = mix(h ^ (bytes[i] & 0xFFL));
        }
        return h ^ (h >>> 29);
    }

    private static long mix(long h) {
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }
}
