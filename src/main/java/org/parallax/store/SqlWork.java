package org.parallax.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against a JDBC connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
