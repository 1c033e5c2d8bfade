"""Paper tables: a spreadsheet template per conference, and the filled-in sheet brought back in.

`template` writes the .xlsx a table without a laptop fills in (or a secretary types from the paper);
`reading` turns an .xlsx or an open-data CSV into raw cells; `review` checks the headers and every row
against the conference and lists each problem; `importing` turns the rows that pass into notes through
the same merge path as a bundle, with a `paper_sheet` record saying who typed them and when.
"""
