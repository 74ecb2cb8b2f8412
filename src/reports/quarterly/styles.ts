/** The report's print stylesheet: A4, 10pt body, tables that split across pages with repeated headers. */
export const reportCss = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #1d2b36; margin: 0; }
h1 { font-size: 19pt; margin: 0 0 2pt; color: #17324d; }
h2 { font-size: 13.5pt; color: #17324d; border-bottom: 1.5pt solid #17324d; padding-bottom: 2pt; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
ul { margin: 0 0 6pt 14pt; padding: 0; }
.council { font-size: 12pt; font-weight: bold; color: #4a5a68; margin: 0 0 2pt; }
.subtitle { font-size: 13pt; margin: 0 0 10pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #a9b4bd; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e8edf1; font-weight: bold; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f4f6f8; }
table.details th { width: 38%; background: #f4f6f8; }
table.kpis { font-size: 8pt; }
table.kpis td, table.kpis th { padding: 2pt 3pt; }
.rag { font-weight: bold; text-align: center; white-space: nowrap; }
/* Also on bold total rows, whose grey background would otherwise win. */
.rag-G, tr.total td.rag-G { background: #c6e8c9; color: #0f4d16; }
.rag-A, tr.total td.rag-A { background: #ffe2a8; color: #6b4300; }
.rag-R, tr.total td.rag-R { background: #f5b8b8; color: #7a0e0e; }
.assurance { font-weight: bold; white-space: nowrap; }
.assurance-Good { color: #0f5d1a; }
.assurance-Medium { color: #7a4d00; }
.assurance-Low { color: #8a1010; }
.condition { border: 0.6pt solid #a9b4bd; border-left: 4pt solid #17324d; padding: 6pt 8pt; margin: 0 0 8pt; }
.condition-head { display: flex; justify-content: space-between; gap: 12pt; font-weight: bold; margin-bottom: 4pt; break-after: avoid; }
.savings { background: #f4f6f8; padding: 3pt 6pt; margin: 4pt 0; }
.tiles { display: flex; gap: 8pt; margin: 6pt 0 10pt; }
.tile { flex: 1; border: 0.6pt solid #a9b4bd; padding: 5pt 7pt; }
.tile b { display: block; font-size: 15pt; }
.figure { break-inside: avoid; margin: 6pt 0 10pt; }
.figure svg { width: 100%; height: auto; }
.caption { font-size: 8.5pt; color: #4a5a68; }
.problem { border: 0.8pt solid #8a1c1c; padding: 4pt 6pt; color: #8a1c1c; }
.draft { border: 1pt solid #b35900; background: #fff3e3; padding: 4pt 8pt; margin: 0 0 8pt; font-weight: bold; }
.section-break { break-before: page; }
`;
