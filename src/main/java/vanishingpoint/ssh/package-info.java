/** The game's own SSH server: one terminal and one game session per connection. */
package vanishingpoint.ssh;
