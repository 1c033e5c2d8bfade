"""The PostgreSQL backend of the store, for a secretariat of several people sharing one store.

`store.py` (PgStore, the same interface as app.store.Store), `connection.py` (psycopg 3 as the services'
SQL expects it), `schema.py` (PostgreSQL DDL derived from app/schema.py's migrations), `settings.py`
(where a workspace finds the server; the password in the keyring), `tables.py` (the ledgers' inserts).
psycopg is imported only here, so a chair's laptop never loads it.
"""
