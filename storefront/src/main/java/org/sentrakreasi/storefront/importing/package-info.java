/** Receives listing import uploads: stores the file in the data folder and runs the import in the background. */
package org.sentrakreasi.storefront.importing;
