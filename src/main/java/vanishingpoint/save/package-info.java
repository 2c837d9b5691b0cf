/** A player's progress on disk: save files, atomic writes, backups, corruption, profile locks. */
package vanishingpoint.save;
