-- Teams an administrator adds carry the name they gave; the built-in teams are named in the catalogue.
ALTER TABLE teams ADD COLUMN name TEXT;
