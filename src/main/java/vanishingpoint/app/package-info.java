/** The command line (picocli), the local terminal and the wiring of a game on it. */
package vanishingpoint.app;
