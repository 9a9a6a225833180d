package fr.allervers.routing;

import java.util.Arrays;

/**
 * Binary min-heap of (weight, int entry) for the road searches. A decreased weight is pushed again rather than
 * searched for and updated: the searches skip the stale entries they poll, which is cheaper than keeping an index.
 */
final class MinHeap {

    private double[] keys = new double[64];
    private int[] values = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double peekKey() {
        return keys[0];
    }

    void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[hole] = keys[parent];
            values[hole] = values[parent];
            hole = parent;
        }
        keys[hole] = key;
        values[hole] = value;
    }

    int poll() {
        int top = values[0];
        size--;
        double key = keys[size];
        int value = values[size];
        int hole = 0;
        while (true) {
            int child = 2 * hole + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[hole] = keys[child];
            values[hole] = values[child];
            hole = child;
        }
        keys[hole] = key;
        values[hole] = value;
        return top;
    }
}
