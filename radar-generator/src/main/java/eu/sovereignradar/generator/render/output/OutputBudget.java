package eu.sovereignradar.generator.render.output;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most a build may write: {@value #BASE_MIB} MiB plus {@value #FACTOR} times the size of the
 * content files it read. The validation limits (field lengths, tags per blip and per radar, file
 * sizes) keep every real radar far below it (the sample radar writes 8 times its content); it is
 * there so that a combination those limits did not foresee cannot fill a disk. Thread-safe: pages
 * are written in parallel.
 */
public final class OutputBudget {
  public static final int BASE_MIB = 64;
  public static final int FACTOR = 100;

  private final long limit;
  private final AtomicLong used = new AtomicLong();

  private OutputBudget(long limit) {
    this.limit = limit;
  }

  /** The budget for a site built from {@code contentBytes} bytes of content files. */
  public static OutputBudget forContent(long contentBytes) {
    long base = (long) BASE_MIB << 20;
    long scaled = contentBytes > Long.MAX_VALUE / FACTOR ? Long.MAX_VALUE : contentBytes * FACTOR;
    return new OutputBudget(scaled > Long.MAX_VALUE - base ? Long.MAX_VALUE : base + scaled);
  }

  /** A budget of {@code limit} bytes. */
  public static OutputBudget ofBytes(long limit) {
    return new OutputBudget(limit);
  }

  /** No limit: for callers that render without a content folder's size (tests, tools). */
  public static OutputBudget unlimited() {
    return new OutputBudget(Long.MAX_VALUE);
  }

  public long limit() {
    return limit;
  }

  /**
   * Counts {@code bytes} about to be written.
   *
   * @throws TooLarge when the site would go over the budget; nothing of it is then written
   */
  public void charge(long bytes) throws TooLarge {
    if (used.addAndGet(bytes) > limit) {
      throw new TooLarge(limit);
    }
  }

  /** The site went over its budget; the build stops and reports {@code site.too-large}. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit) {
      super("the site would be larger than " + (limit >> 20) + " MiB", null);
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }
}
