package org.parallax.compare;

import java.util.Arrays;

/**
 * A string-to-id dictionary over char buffers, so tokenising 100,000 articles makes no String per word.
 * Open addressing with linear probing; ids are dense from 0 in insertion order.
 */
final class TermTable {
    private char[] pool = new char[1 << 16];
    private int poolLen;
    private int[] start = new int[1 << 12], length = new int[1 << 12], hash = new int[1 << 12];
    private int size;
    private int[] slots = new int[1 << 13];
    private int mask = slots.length - 1;

    TermTable() {
        Arrays.fill(slots, -1);
    }

    int size() {
        return size;
    }

    /** The term of {@code id}. */
    String term(int id) {
        return new String(pool, start[id], length[id]);
    }

    int id(String key) {
        char[] buf = key.toCharArray();
        int h = 0;
        for (char c : buf) h = 31 * h + c;
        return id(buf, buf.length, h);
    }

    /** The id of {@code buf[0, len)}, whose {@code 31*h+c} hash is {@code h}; added if new. */
    int id(char[] buf, int len, int h) {
        h = spread(h);
        int s = h & mask;
        while (true) {
            int id = slots[s];
            if (id < 0) return add(buf, len, h, s);
            if (hash[id] == h && length[id] == len && Arrays.equals(pool, start[id], start[id] + len, buf, 0, len)) return id;
            s = (s + 1) & mask;
        }
    }

    private int add(char[] buf, int len, int h, int slot) {
        if (poolLen + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLen + len));
        System.arraycopy(buf, 0, pool, poolLen, len);
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
        }
        int id = size++;
        start[id] = poolLen;
        length[id] = len;
        hash[id] = h;
        poolLen += len;
        slots[slot] = id;
        if (size * 2 > slots.length) rehash();
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int s = hash[id] & mask;
            while (slots[s] >= 0) s = (s + 1) & mask;
            slots[s] = id;
        }
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
