"""The encrypted vault: key derivation, SQLCipher connection, schema, repository, backup. No Qt."""
