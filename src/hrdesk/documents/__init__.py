"""Documents: PDFs in the official Vietnamese layout (Decree 30/2020/NĐ-CP) and spreadsheets."""
