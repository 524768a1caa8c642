"""Reads fundplan's outputs with real parsers, for the Swift tests.

  check_outputs.py csv FILE SEPARATOR      -> prints 'year=income' per plan year from the Income row
  check_outputs.py ics FILE                 -> prints 'events=N uids=M alarms=K first=YYYYMMDD'
  check_outputs.py png FILE                 -> prints 'width=W height=H distinct=N' (colours seen)
  check_outputs.py docx FILE                -> parses every part as XML, then prints 'heading<TAB>style<TAB>text'
                                               per heading and 'cell<TAB>table<TAB>row<TAB>text...' per table row
                                               (python-docx)
"""
import csv
import struct
import sys
import zlib


def read_csv(path, separator):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=separator, strict=True))
    header = rows[0]
    years = header[2:-1]
    income = next(row for row in rows if row[0] in ("Income", "Inkomsten"))
    for year, value in zip(years, income[2:-1]):
        print(f"{year}={value.replace(',', '.')}")
    # every row's total equals the sum of its years, to the cent
    for row in rows[1:]:
        cents = [round(float(v.replace(",", ".")) * 100) for v in row[2:]]
        assert sum(cents[:-1]) == cents[-1], row
    # the cost categories add up to the costs of each year, to the cent
    categories = [row for row in rows if row[1] in ("costs (category)", "kosten (categorie)")]
    costs = next(row for row in rows if row[0] in ("Costs", "Kosten"))
    if categories:
        for column in range(2, len(header)):
            parts = sum(round(float(row[column].replace(",", ".")) * 100) for row in categories)
            assert parts == round(float(costs[column].replace(",", ".")) * 100), (header[column], parts, costs)
    print(f"categories={len(categories)}")


def read_docx(path):
    import zipfile
    import xml.dom.minidom

    import docx

    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            xml.dom.minidom.parseString(archive.read(name))
    document = docx.Document(path)
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading") or paragraph.style.name == "Title":
            print(f"heading\t{paragraph.style.name}\t{paragraph.text}")
    for number, table in enumerate(document.tables):
        for row_number, row in enumerate(table.rows):
            print("cell\t" + str(number) + "\t" + str(row_number) + "\t" + "\t".join(cell.text for cell in row.cells))


def read_ics(path):
    import icalendar

    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = list(calendar.walk("VEVENT"))
    uids = {str(event["UID"]) for event in events}
    alarms = len(list(calendar.walk("VALARM")))
    first = min(event.decoded("DTSTART") for event in events).strftime("%Y%m%d") if events else "-"
    print(f"events={len(events)} uids={len(uids)} alarms={alarms} first={first}")


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width, height, colour_type = 8, [], 0, 0, 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, _, colour_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = {2: 3, 6: 4}.get(colour_type, 1)
    stride = width * channels + 1
    distinct = set()
    for row in range(0, height, max(1, height // 200)):
        line = raw[row * stride + 1:(row + 1) * stride]
        for column in range(0, len(line), channels * max(1, width // 200)):
            distinct.add(line[column:column + channels])
    print(f"width={width} height={height} distinct={len(distinct)}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "csv":
        read_csv(sys.argv[2], sys.argv[3])
    elif command == "ics":
        read_ics(sys.argv[2])
    elif command == "png":
        read_png(sys.argv[2])
    elif command == "docx":
        read_docx(sys.argv[2])
