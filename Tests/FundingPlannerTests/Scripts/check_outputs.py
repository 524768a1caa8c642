"""Reads fundplan's outputs with real parsers, for the Swift tests.

  check_outputs.py csv FILE SEPARATOR      -> prints 'year=income' per plan year from the Income row
  check_outputs.py ics FILE                 -> prints 'events=N uids=M alarms=K first=YYYYMMDD'
  check_outputs.py png FILE                 -> prints 'width=W height=H distinct=N' (colours seen)
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
