package org.sentrakreasi.catalog.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentrakreasi.catalog.application.ImportRow;
import org.sentrakreasi.catalog.application.InvalidImportFileException;
import org.sentrakreasi.catalog.application.RowError;

class CommonsCsvListingFileTest {

    @TempDir
    Path dir;

    private final CommonsCsvListingFile csv = new CommonsCsvListingFile();
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("listings.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsQuotedMultiLineFieldsThousandsDotsAndCountsLinesLikeASpreadsheet() throws IOException {
        Path file = file("\uFEFFSKU,Name,Description,Category,Price,Stock,Maker,Region,Unit,Status\n"
                + "A-1,\"Keripik \"\"Pedas\"\"\",\"Baris satu\nbaris dua\",MAKANAN,45.000,,Ibu Sari,Kota Bekasi,,published\n"
                + "A-2,Tas,,anyaman,85000,3,KUBE Mawar,,BEKASI,DRAFT\n");
        csv.requireHeader(file);
        assertThat(csv.countRecords(file)).isEqualTo(2);
        csv.read(file, rows::add, errors::add);
        assertThat(errors).isEmpty();
        assertThat(rows).hasSize(2);
        ImportRow first = rows.get(0);
        assertThat(first.name()).isEqualTo("Keripik \"Pedas\"");
        assertThat(first.description()).isEqualTo("Baris satu\nbaris dua");
        assertThat(first.category()).isEqualTo("makanan");
        assertThat(first.price()).isEqualTo(45_000);
        assertThat(first.stock()).isZero();
        assertThat(first.publish()).isTrue();
        assertThat(first.unitCode()).isNull();
        assertThat(first.line()).as("a record is named by the line it starts on").isEqualTo(2);
        assertThat(rows.get(1).line()).as("the quoted line break counts").isEqualTo(4);
        assertThat(rows.get(1).publish()).isFalse();
    }

    @Test
    void malformedRecordsBecomeLineErrorsNamingEveryProblem() throws IOException {
        Path file = file("sku,name,description,category,price,stock,maker,region,unit,status\n"
                + "B-1,,,makanan,-5,x,,,,SOLD\n"
                + "B 2,Ok,,makanan,100,1,Ibu Sari,,,\n"
                + "B-3,Ok,,makanan,1000000001,1,Ibu Sari,,,\n");
        csv.read(file, rows::add, errors::add);
        assertThat(rows).isEmpty();
        assertThat(errors).extracting(RowError::line).containsExactly(2L, 3L, 4L);
        assertThat(errors.get(2).message()).as("the form's and the API's bound").isEqualTo("price is larger than 1000000000");
        assertThat(errors.get(0).message()).contains("name is required", "price must be a whole number",
                "stock must be a whole number", "maker is required", "status must be PUBLISHED or DRAFT");
        assertThat(errors.get(1).message()).contains("sku may contain only");
    }

    @Test
    void blankLinesAreSkippedAndCounted() throws IOException {
        Path file = file("sku,name,description,category,price,stock,maker,region,unit,status\n"
                + "E-1,Tas,,anyaman,85000,3,Ibu Sari,,,\n"
                + "\n"
                + "   \n"
                + "E-2,Keset,,anyaman,x,3,Ibu Sari,,,\n"
                + "\n");
        assertThat(csv.countRecords(file)).isEqualTo(2);
        csv.read(file, rows::add, errors::add);
        assertThat(rows).extracting(ImportRow::line).containsExactly(2L);
        assertThat(errors).extracting(RowError::line).as("the line a spreadsheet shows").containsExactly(5L);
    }

    @Test
    void anUnclosedQuoteIsALineErrorAndTheRecordsBeforeItStillCount() throws IOException {
        Path file = file("sku,name,description,category,price,stock,maker,region,unit,status\n"
                + "D-1,Tas,,anyaman,85000,3,Ibu Sari,,,\n"
                + "D-2,Keset,\"Perca\nwarna,anyaman,25000,3,Ibu Sari,,,\n"
                + "D-3,Sabun,,kecantikan,15000,3,Ibu Sari,,,\n");
        assertThat(csv.countRecords(file)).isEqualTo(2);
        csv.read(file, rows::add, errors::add);
        assertThat(rows).extracting(ImportRow::sku).containsExactly("D-1");
        assertThat(errors).extracting(RowError::line).containsExactly(3L);
        assertThat(errors.get(0).message()).contains("not valid CSV", "rest of the file");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrNotInUtf8IsRefusedAsAWhole() throws IOException {
        assertThatThrownBy(() -> csv.requireHeader(file("nama,harga\nKeripik,1000\n")))
                .isInstanceOf(InvalidImportFileException.class).hasMessageContaining("sku");
        Path latin1 = Files.write(dir.resolve("latin1.csv"),
                "sku,name,category,price,maker\nC-1,Caf\u00e9,makanan,1,Ibu\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> csv.read(latin1, rows::add, errors::add))
                .isInstanceOf(InvalidImportFileException.class).hasMessageContaining("UTF-8");
    }
}
