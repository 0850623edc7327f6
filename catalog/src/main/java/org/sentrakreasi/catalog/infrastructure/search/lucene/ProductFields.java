package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.sentrakreasi.catalog.application.PriceRange;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * How a {@link ProductDocument} is laid out in Lucene, and back. Changing anything here changes
 * what an existing index holds: raise {@link LuceneCatalogIndex#MAPPING_VERSION} with it.
 */
final class ProductFields {

    /** Exact id: the key of updates and deletes. */
    static final String ID = "id";
    /** The id as a number, the last tie-break of every sort. */
    static final String ID_NUMBER = "id_number";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String STORY = "story";
    static final String MATERIALS = "materials";
    static final String CATEGORY = "category";
    static final String CATEGORY_LABEL_ID = "category_label_id";
    static final String CATEGORY_LABEL_EN = "category_label_en";
    /** Code and both labels in one doc value, so a facet count carries its labels along. */
    static final String CATEGORY_FACET = "category_facet";
    static final String REGION = "region";
    static final String REGION_TEXT = "region_text";
    static final String MAKER_ID = "maker_id";
    static final String MAKER_NAME = "maker_name";
    static final String PRICE = "price";
    static final String PUBLISHED_AT = "published_at";
    /** The price facet's bucket ({@link PriceRange#bucketOf}): counted directly, not by comparing every price with every range. */
    static final String PRICE_BUCKET = "price_bucket";
    /** The name as a doc value: distinct names for suggestions. */
    static final String NAME_VALUE = "name_value";
    /** Plain lower-cased words (no stemming) of names and labels, for prefix suggestions. */
    static final String NAME_WORDS = "name_words";
    static final String LABEL_ID_WORDS = "category_label_id_words";
    static final String LABEL_EN_WORDS = "category_label_en_words";

    private static final char SEPARATOR = '\u001f';

    /**
     * Text whose postings keep offsets: the highlighter reads the matches from the index instead of
     * analysing every hit's text again (which cost more than the search itself). The text itself
     * comes from the hit's card ({@link ProductCards}).
     */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private ProductFields() {
    }

    /**
     * Indonesian stemming for everything shoppers search; plain words for suggestions, which
     * complete what was typed rather than what it means.
     */
    static Analyzer analyzer() {
        Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        return new PerFieldAnalyzerWrapper(new IndonesianAnalyzer(),
                Map.of(NAME_WORDS, words, LABEL_ID_WORDS, words, LABEL_EN_WORDS, words));
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /**
     * Indexed fields to find, filter, sort and count by; the product itself is kept whole in its card
     * ({@link ProductCards}), nothing in stored fields.
     *
     * @throws IllegalArgumentException when the document cannot be indexed (to be reported, not thrown on)
     */
    static Document toDocument(ProductDocument product) {
        long idNumber = validate(product);
        Document doc = new Document();
        doc.add(new StringField(ID, product.id(), Store.NO));
        doc.add(new NumericDocValuesField(ID_NUMBER, idNumber));
        doc.add(ProductCards.field(product));
        doc.add(new Field(NAME, product.name(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(NAME_WORDS, product.name(), Store.NO));
        doc.add(new SortedDocValuesField(NAME_VALUE, new BytesRef(product.name())));
        if (product.description() != null) {
            doc.add(new Field(DESCRIPTION, product.description(), HIGHLIGHTED_TEXT));
        }
        text(doc, STORY, product.story());
        text(doc, MATERIALS, product.materials());
        doc.add(new StringField(CATEGORY, product.category(), Store.NO));
        text(doc, CATEGORY_LABEL_ID, product.categoryLabelId());
        text(doc, CATEGORY_LABEL_EN, product.categoryLabelEn());
        text(doc, LABEL_ID_WORDS, product.categoryLabelId());
        text(doc, LABEL_EN_WORDS, product.categoryLabelEn());
        doc.add(new SortedDocValuesField(CATEGORY_FACET, new BytesRef(
                product.category() + SEPARATOR + nonNull(product.categoryLabelId()) + SEPARATOR + nonNull(product.categoryLabelEn()))));
        if (product.region() != null) {
            doc.add(new StringField(REGION, product.region(), Store.NO));
            doc.add(new SortedDocValuesField(REGION, new BytesRef(product.region())));
            doc.add(new TextField(REGION_TEXT, product.region(), Store.NO));
        }
        if (product.makerId() != null) {
            doc.add(new StringField(MAKER_ID, product.makerId(), Store.NO));
        }
        text(doc, MAKER_NAME, product.makerName());
        doc.add(new LongPoint(PRICE, product.price()));
        doc.add(new NumericDocValuesField(PRICE, product.price()));
        doc.add(new NumericDocValuesField(PRICE_BUCKET, PriceRange.bucketOf(product.price())));
        doc.add(new NumericDocValuesField(PUBLISHED_AT, product.publishedAt().toEpochMilli()));
        return doc;
    }

    /** A {@link #CATEGORY_FACET} value split into code, Indonesian label and English label. */
    static String[] categoryParts(String facetValue) {
        return facetValue.split(String.valueOf(SEPARATOR), -1);
    }

    /** Every sort ends on the numeric id, so the id has to be a number; the rest keeps a page renderable. */
    private static long validate(ProductDocument product) {
        if (product.id() == null || product.name() == null || product.name().isBlank()
                || product.category() == null || product.publishedAt() == null || product.price() < 0) {
            throw new IllegalArgumentException("incomplete product document " + product.id());
        }
        try {
            return Long.parseLong(product.id());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("product id is not a number: " + product.id(), e);
        }
    }

    private static void text(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new TextField(field, value, Store.NO));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
