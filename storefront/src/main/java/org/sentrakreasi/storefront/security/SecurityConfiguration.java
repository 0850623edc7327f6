package org.sentrakreasi.storefront.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.sentrakreasi.storefront.config.DataSourceConfiguration;

/** Accounts live in the application database; passwords are PBKDF2 hashes (see PasswordHashing). */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select role from app_user where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.SALT_PARAMETER,
            PasswordHashing.KEY_PARAMETER
        })
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.MAKER})
@ApplicationScoped
public class SecurityConfiguration {
}
