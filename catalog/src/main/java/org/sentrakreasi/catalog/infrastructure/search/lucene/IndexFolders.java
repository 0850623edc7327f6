package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of the base directory: one {@code index-*} folder per build and a {@code current}
 * file naming the live one. Replacing that file by an atomic rename is what makes a rebuild
 * switch all at once, also across a restart.
 */
final class IndexFolders {

    static final String POINTER_FILE = "current";
    static final String FOLDER_PREFIX = "index-";

    private final Path base;

    IndexFolders(Path base) throws IOException {
        this.base = Files.createDirectories(base);
    }

    Path base() {
        return base;
    }

    /** The live folder named by the pointer file, if the file and the folder exist. */
    Optional<Path> live() throws IOException {
        Path pointer = base.resolve(POINTER_FILE);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!name.startsWith(FOLDER_PREFIX) || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        Path folder = base.resolve(name);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Points readers (now and after a restart) at {@code folder}, durably and in one step. */
    void makeLive(Path folder) throws IOException {
        Path pointer = base.resolve(POINTER_FILE);
        Path next = base.resolve(POINTER_FILE + ".next");
        Files.writeString(next, folder.getFileName().toString(), StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Removes index folders left by earlier builds or by a rebuild that did not finish. Best effort:
     * what cannot be removed now is tried again at the next start or rebuild.
     */
    void removeAllBut(Path live) {
        List<Path> stale;
        try (Stream<Path> children = Files.list(base)) {
            stale = children.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().startsWith(FOLDER_PREFIX))
                    .filter(folder -> !folder.equals(live))
                    .toList();
        } catch (IOException e) {
            return;
        }
        stale.forEach(IndexGeneration::deleteFolder);
    }
}
