/**
 * One player's game, wherever its keys come from (the local terminal, an SSH channel, a test):
 * the event loop (key, message, update, effects carried out, render), the training runs and
 * diagnose runs it starts, and its saves.
 */
package vanishingpoint.session;
