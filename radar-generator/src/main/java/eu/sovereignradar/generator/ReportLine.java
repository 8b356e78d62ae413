package eu.sovereignradar.generator;

/**
 * One diagnostic as a person reads it: its headline and, indented on the next line, its hint. Front
 * ends print it at the level {@link #error()} says, e.g. Maven's error or warning log.
 */
public record ReportLine(boolean error, String text) {}
