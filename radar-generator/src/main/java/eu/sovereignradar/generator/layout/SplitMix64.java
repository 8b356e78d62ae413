package eu.sovereignradar.generator.layout;

import java.nio.charset.StandardCharsets;

/**
 * A tiny, fully specified pseudo-random generator (SplitMix64), seeded from text. We do not use
 * {@link java.util.SplittableRandom} or {@link java.util.Random} because the chart must come out
 * byte-identical on every JDK, and only our own code guarantees the sequence.
 */
final class SplitMix64 {
  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** A generator seeded from the FNV-1a hash of the UTF-8 bytes of {@code text}. */
  static SplitMix64 seededBy(String text) {
    return new SplitMix64(hash(text));
  }

  /** 64-bit FNV-1a of the UTF-8 bytes of {@code text}. */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A double in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** An int in [0, bound). */
  int nextInt(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }
}
