/** The {@code lab} command: runs the training engine from the command line, as a table, JSON lines, a dump or a benchmark. */
package vanishingpoint.lab;
