/** A player's progress on disk: versioned save records, atomic writes, backups, corruption handling and profile locks. */
package vanishingpoint.save;
