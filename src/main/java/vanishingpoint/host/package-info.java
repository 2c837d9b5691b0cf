/** The process on its machine: the game's folders, and the log file that keeps diagnostics off the screen. */
package vanishingpoint.host;
