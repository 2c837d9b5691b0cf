package vanishingpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import vanishingpoint.save.InvalidProfileNameException;
import vanishingpoint.save.ProfileName;

/**
 * Claims as files, {@code DIR/NAME.pub}, one OpenSSH public-key line each. One file per name so
 * that claiming is one atomic create (two first logins cannot both win) and a teacher frees a
 * name by deleting its file, without restarting the server.
 */
final class FolderClaims implements ClaimRecords {

  private final Path dir;

  FolderClaims(Path dir) {
    this.dir = dir;
  }

  Path fileOf(String name) {
    return dir.resolve(name + ".pub");
  }

  @Override
  public String keyOf(String name) throws IOException {
    Path f = fileOf(name);
    if (!Files.exists(f)) {
      return null;
    }
    return Files.readString(f, StandardCharsets.US_ASCII).trim();
  }

  @Override
  public boolean create(String name, String keyLine) throws IOException {
    Path tmp = temp(name, keyLine);
    try {
      // A hard link is created atomically and only if the name is free: the first claim wins,
      // and the file is complete the moment it appears under its name.
      Files.createLink(fileOf(name), tmp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void put(String name, String keyLine) throws IOException {
    Path tmp = temp(name, keyLine);
    try {
      Files.move(tmp, fileOf(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private Path temp(String name, String keyLine) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, name + ".", ".tmp");
    Files.write(tmp, (keyLine.trim() + "\n").getBytes(StandardCharsets.US_ASCII), StandardOpenOption.SYNC);
    return tmp;
  }

  @Override
  public Map<String, String> all() throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pub")) {
      for (Path f : files) {
        String file = f.getFileName().toString();
        String name = file.substring(0, file.length() - ".pub".length());
        try {
          ProfileName.validate(name);
          out.put(name, Files.readString(f, StandardCharsets.US_ASCII).trim());
        } catch (IOException | InvalidProfileNameException e) {
          // an unreadable claim, or a file of another name: nobody's
        }
      }
    }
    return out;
  }

  @Override
  public String howToFree(String name) {
    return "delete " + fileOf(name);
  }
}
