package eu.sovereignradar.generator.cli;

/** The formats of {@code --format}. */
enum ReportFormat {
  text,
  github,
  json,
  gitlab,
  sarif
}
