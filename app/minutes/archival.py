"""The PDF/A-2 and PDF/UA-1 parts of the catalog: XMP metadata, the sRGB output intent, MarkInfo.

PDF/A wants the document's identity said twice and alike: in the Info dictionary and in XMP metadata
(title, author, subject, keywords, tool, dates), plus the PDF/A part and conformance and, for PDF/UA,
its part, whose schema PDF/A-2 does not predefine and so is described in an extension schema.
"""

from __future__ import annotations

import functools
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

PDFA_PART, PDFA_CONFORMANCE, PDFUA_PART = 2, "A", 1


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (version 4, which PDF/A-2 accepts), made by Little CMS through Pillow.

    Generated rather than shipped: it is the library's own built-in sRGB, free of licence terms, and
    Pillow is there anyway (reportlab needs it).
    """
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def pdf_date(moment: datetime) -> str:
    """D:YYYYMMDDHHmmSS+HH'mm' as the Info dictionary writes dates."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def xmp_date(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def xmp_packet(
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    creator: str,
    producer: str,
    language: str,
    created: datetime,
) -> bytes:
    e = escape

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{e(text)}</rdf:li></rdf:Alt>'

    stamp = xmp_date(created)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaid:part>{PDFA_PART}</pdfaid:part>
<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
<pdfuaid:part>{PDFUA_PART}</pdfuaid:part>
<dc:format>application/pdf</dc:format>
<dc:title>{alt(title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{e(language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{stamp}</xmp:CreateDate>
<xmp:ModifyDate>{stamp}</xmp:ModifyDate>
<xmp:MetadataDate>{stamp}</xmp:MetadataDate>
<xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>
<pdf:Producer>{e(producer)}</pdf:Producer>
<pdf:Keywords>{e(keywords)}</pdf:Keywords>
<pdf:Trapped>False</pdf:Trapped>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def make_archival(canv, *, language: str, created: datetime, struct_tree_root: PDFDictionary | None) -> None:
    """Add to the canvas's catalog what PDF/A-2 and PDF/UA-1 ask beyond reportlab's own entries."""
    document = canv._doc
    info = document.info
    stamp = pdf_date(created)
    info._dateFormatter = lambda *_parts: stamp  # Info's dates must equal the XMP's
    packet = xmp_packet(
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=info.creator,
        producer=info.producer,
        language=language,
        created=created,
    )
    # No filters (reportlab's default for its own streams is none): PDF/A wants the XMP readable as is.
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), packet)
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": document.Reference(profile),
        }
    )
    catalog = document.Catalog
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
    catalog.__Refs__ = [k for k in catalog.__NoDefault__ if k not in ("MarkInfo", "OutputIntents")]
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    if struct_tree_root is not None:
        catalog.StructTreeRoot = struct_tree_root
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
