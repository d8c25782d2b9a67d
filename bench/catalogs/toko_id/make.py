#!/usr/bin/env python3
# ruff: noqa: UP031 - printf-style formatting of generated text
"""Write the toko_id evaluation catalog: an Indonesian marketplace in Bahasa Indonesia, prices in IDR.

Standard library only, fixed seed: every run writes byte-identical files into this folder
(or into --out DIR):

    products.jsonl  import format of docs/catalog.md
    truth.jsonl     hidden ground truth per product (for grading only; search must never read it)
    queries.jsonl   graded queries; grades are computed from truth + intent by grade() below
    README.md       what this is and the counts

    /usr/bin/python3 bench/catalogs/toko_id/make.py [--out DIR]
"""

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = 6203
PREFIX = "TK"

COLOURS = {
    "hitam": "black",
    "hitam doff": "black",
    "putih": "white",
    "merah": "red",
    "maroon": "red",
    "marun": "red",
    "biru": "blue",
    "biru muda": "blue",
    "navy": "blue",
    "biru dongker": "blue",
    "hijau": "green",
    "hijau army": "green",
    "army": "green",
    "sage": "green",
    "mint": "green",
    "tosca": "green",
    "abu": "grey",
    "abu-abu": "grey",
    "graphite": "grey",
    "coklat": "brown",
    "mocca": "brown",
    "cream": "beige",
    "krem": "beige",
    "beige": "beige",
    "pink": "pink",
    "dusty pink": "pink",
    "ungu": "purple",
    "lilac": "purple",
    "lavender": "purple",
    "kuning": "yellow",
    "oranye": "orange",
    "silver": "silver",
    "emas": "gold",
    "transparan": "transparent",
}

CATEGORIES = {
    "hijab": ["fashion-muslim", "fashion-muslim", "Fashion Muslim > Hijab", "hijab"],
    "batik shirt": ["batik", "fashion-pria", "Fashion Pria > Kemeja Batik", "batik"],
    "sarong": ["fashion-muslim", "sarung", "fashion-pria", "Fashion Muslim > Sarung"],
    "sandals": ["sepatu-sandal", "sandal", "Fashion > Sandal"],
    "rice cooker": ["elektronik", "rumah-tangga", "Elektronik > Dapur", "elektronik-dapur"],
    "blender": ["elektronik", "Elektronik > Dapur", "rumah-tangga"],
    "standing fan": ["elektronik", "rumah-tangga", "Elektronik > Pendingin Ruangan", "kipas-angin"],
    "water dispenser": ["elektronik", "rumah-tangga", "Elektronik > Dapur"],
    "gallon pump": ["rumah-tangga", "elektronik", "Dapur > Aksesoris Dapur"],
    "phone case": ["aksesoris-hp", "handphone-tablet", "Handphone & Tablet > Casing", "aksesoris-hp"],
    "powerbank": ["aksesoris-hp", "handphone-tablet", "elektronik", "Handphone & Tablet > Powerbank"],
    "tws earbuds": ["audio", "elektronik", "handphone-tablet", "Audio > Earphone"],
    "sunscreen": ["kecantikan", "perawatan-wajah", "Kecantikan > Perawatan Wajah", "skincare"],
    "facial wash": ["kecantikan", "perawatan-wajah", "skincare", "Kecantikan > Pembersih Wajah"],
    "instant noodles": ["makanan-minuman", "Makanan & Minuman > Makanan Instan", "sembako"],
    "coffee": ["makanan-minuman", "minuman", "Makanan & Minuman > Kopi"],
    "sambal": ["makanan-minuman", "bumbu-dapur", "Makanan & Minuman > Saus & Sambal"],
    "diaper": ["ibu-bayi", "Ibu & Bayi > Popok", "popok-bayi", "ibu-bayi"],
    "motorcycle helmet": ["otomotif", "helm-motor", "Otomotif > Helm"],
    "prayer mat": ["fashion-muslim", "perlengkapan-ibadah", "Perlengkapan Ibadah > Sajadah"],
    "backpack": ["tas", "tas-ransel", "Tas > Ransel", "fashion-pria"],
    "knife set": ["Dapur > Peralatan Masak", "peralatan-dapur", "rumah-tangga"],
    "frying pan": ["Dapur > Peralatan Masak", "peralatan-dapur", "rumah-tangga", "Dapur > Peralatan Masak"],
}

# Short generic descriptions that are true for any product of the type.
GENERIC_DESC = {
    "hijab": ["Bahan adem, jatuh dan tidak menerawang.", "Jahitan rapi. Warna sesuai foto, bisa COD."],
    "batik shirt": [
        "Bahan nyaman dipakai seharian. Cek tabel ukuran sebelum order ya kak.",
        "Jahitan rapi, cocok untuk acara formal maupun santai.",
    ],
    "sarong": ["Bahan lembut dan adem untuk ibadah.", "Produk original, tidak luntur."],
    "sandals": ["Nyaman dipakai sehari-hari.", "Sol empuk. Silakan cek size chart sebelum checkout."],
    "rice cooker": [
        "Memasak dan menghangatkan nasi secara otomatis.",
        "Barang baru, segel pabrik. Garansi resmi.",
    ],
    "blender": ["Pisau stainless tajam.", "Mudah dibersihkan. Garansi resmi."],
    "standing fan": ["Angin kencang dan tidak berisik.", "Tinggi bisa diatur, 3 kecepatan."],
    "water dispenser": ["Hemat listrik, mudah dibersihkan.", "Barang baru dan original, garansi resmi."],
    "gallon pump": ["Praktis untuk galon 19 liter.", "Mudah dipasang."],
    "phone case": [
        "Pas presisi, lubang kamera dan tombol sesuai.",
        "Melindungi HP dari benturan dan goresan.",
    ],
    "powerbank": ["Dilengkapi proteksi arus dan suhu.", "Ringkas dan mudah dibawa bepergian."],
    "tws earbuds": ["Koneksi bluetooth stabil, suara jernih.", "Ringan dan nyaman di telinga."],
    "sunscreen": ["Melindungi kulit dari sinar UVA dan UVB.", "Tekstur ringan, tidak lengket. BPOM."],
    "facial wash": ["Membersihkan wajah dari kotoran dan minyak.", "Produk original, sudah BPOM."],
    "instant noodles": ["Halal MUI. Expired masih lama.", "Dikirim dengan bubble wrap."],
    "coffee": ["Kopi pilihan dengan aroma nikmat.", "Halal. Expired panjang."],
    "sambal": ["Pedasnya pas untuk teman makan.", "Tanpa pengawet buatan, halal."],
    "diaper": ["Daya serap tinggi dan lembut di kulit.", "Original, kemasan tersegel."],
    "motorcycle helmet": ["Busa dalam bisa dilepas dan dicuci.", "Kaca visor jernih, tali pengaman kuat."],
    "prayer mat": ["Bahan lembut dan tidak licin.", "Cocok untuk dipakai di rumah maupun masjid."],
    "backpack": ["Banyak kantong dengan resleting kuat.", "Tali bahu empuk, nyaman dibawa."],
    "knife set": ["Tajam dan mudah diasah.", "Gagang anti slip."],
    "frying pan": ["Panas merata.", "Gagang tidak panas saat memasak."],
}

SPECS = []


def P(
    type_,
    title,
    brand,
    price=None,
    *,
    cat=None,
    tb=None,
    col=(),
    size=None,
    f=(),
    age=None,
    g=None,
    fits=None,
    d=None,
    a=None,
    var=None,
):
    """One listing. brand: the brand field as the seller wrote it (None: no brand field);
    tb: canonical brand for the truth (default brand.lower()). var: list of variant dicts
    {"o": options, "p": price, "c": colour (Indonesian), "size": size}."""
    SPECS.append(
        dict(
            type=type_,
            title=title,
            brand=brand,
            price=price,
            cat=cat,
            tb=tb,
            col=list(col),
            size=size,
            f=list(f),
            age=age,
            g=g,
            fits=fits,
            d=d,
            a=a,
            var=var,
        )
    )


def warna(names, price, key="warna"):
    return [{"o": {key: n.title()}, "p": price, "c": n} for n in names]


def ukuran(labels, price, key="ukuran", step=0):
    return [{"o": {key: s}, "p": price + i * step, "size": s} for i, s in enumerate(labels)]


def warna_ukuran(names, labels, price, step=0):
    return [
        {"o": {"warna": n.title(), "ukuran": s}, "p": price + i * step, "c": n, "size": s}
        for n in names
        for i, s in enumerate(labels)
    ]


def nomor(first, last, price):
    return [{"o": {"ukuran": str(n)}, "p": price, "size": str(n)} for n in range(first, last + 1)]


def spf(n):
    out = ["spf %d" % n]
    if n >= 30:
        out.append("spf 30+")
    if n >= 50:
        out.append("spf 50+")
    return out


# ---------------------------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------------------------
W, M = "women", "men"
AD, KID = "adult", "kids"

# hijab ---------------------------------------------------------------------------------------
P(
    "hijab",
    "Hijab Instan Bergo Jersey Premium Adem Tali Belakang Non Pet",
    None,
    g=W,
    age=AD,
    f=["instant", "jersey"],
    var=warna(["hitam", "navy", "mocca", "dusty pink", "sage"], 45000),
    d="Bergo instan bahan jersey premium, adem dan menyerap keringat. Langsung pakai tanpa peniti.",
)
P(
    "hijab",
    "Zoya Hijab Segi Empat Voal Motif Premium 115x115",
    "Zoya",
    g=W,
    age=AD,
    size="115x115",
    f=["square", "voal"],
    var=warna(["hitam", "cream", "maroon"], 89000),
)
P(
    "hijab",
    "ZOYA Kerudung Segiempat Polos Voal Ultrafine Lasercut",
    "ZOYA",
    tb="zoya",
    g=W,
    age=AD,
    f=["square", "voal"],
    var=warna(["hitam", "putih", "abu", "lilac"], 79000),
)
P(
    "hijab",
    "Pashmina Ceruty Baby Doll Premium 180x75 Bisa COD",
    None,
    g=W,
    age=AD,
    size="180x75",
    f=["pashmina", "ceruty"],
    var=warna(["hitam", "putih", "mocca", "dusty pink", "navy", "army", "lilac", "cream"], 25000),
)
P(
    "hijab",
    "Rabbani Kerudung Instan Anak Karakter Usia 3-6 Tahun",
    "Rabbani",
    g=W,
    age=KID,
    f=["instant"],
    var=warna(["pink", "kuning", "biru muda"], 39000),
    d="Kerudung instan anak perempuan, bahan kaos lembut.",
)
P(
    "hijab",
    "Elzatta Hijab Bergo Sport Instan Kaos Olahraga",
    "Elzatta",
    g=W,
    age=AD,
    f=["instant", "sport", "jersey"],
    var=warna(["hitam", "navy", "abu"], 65000),
    d="Nyaman untuk olahraga dan lari pagi, menyerap keringat, tidak gerah.",
)
P(
    "hijab",
    "Hijab Syari Khimar Jumbo 2 Layer Wolfis Menutup Dada",
    None,
    g=W,
    age=AD,
    f=["instant", "syari"],
    var=warna(["hitam", "coklat", "army"], 75000),
)
P(
    "hijab",
    "Alila Hijab Segi Empat Bella Square Polycotton ORIGINAL",
    "Alila",
    g=W,
    age=AD,
    f=["square", "cotton"],
    var=warna(["hitam", "putih", "mocca", "navy", "maroon", "sage"], 19500),
)
P(
    "hijab",
    "Pashmina Kaos Rayon Premium Jersey Adem Tidak Licin",
    "Rabbani",
    g=W,
    age=AD,
    f=["pashmina", "jersey"],
    var=warna(["hitam", "abu", "coklat"], 49000),
)
P(
    "hijab",
    "RABBANI Bergo Instan Pet Antem Daily Simple",
    "RABBANI",
    tb="rabbani",
    g=W,
    age=AD,
    f=["instant"],
    var=warna(["hitam", "mocca", "marun"], 55000),
)
P(
    "hijab",
    "Ria Miranda Scarf Printed Silk Square 110x110 Limited",
    "Ria Miranda",
    249000,
    g=W,
    age=AD,
    size="110x110",
    col=["biru"],
    f=["square", "silk"],
    a={"Bahan": "Silk", "Ukuran": "110 x 110 cm"},
)
P(
    "hijab",
    "Jilbab Instan Anak Sekolah Putih Bahan Kaos SD SMP",
    None,
    22000,
    g=W,
    age=KID,
    col=["putih"],
    f=["instant", "jersey", "school"],
)

# batik shirt ---------------------------------------------------------------------------------
P(
    "batik shirt",
    "Kemeja Batik Pria Lengan Panjang Premium Katun Halus Motif Parang",
    None,
    g=M,
    age=AD,
    col=["coklat"],
    f=["long sleeve", "cotton"],
    var=ukuran(["M", "L", "XL", "XXL"], 125000),
    d="Kemeja batik pria lengan panjang, bahan katun halus, cocok untuk kondangan dan kerja.",
)
P(
    "batik shirt",
    "Batik Keris Kemeja Pria Lengan Pendek Motif Kawung",
    "Batik Keris",
    g=M,
    age=AD,
    col=["biru"],
    f=["short sleeve", "cotton"],
    var=ukuran(["M", "L", "XL"], 349000),
)
P(
    "batik shirt",
    "BATIK KERIS Kemeja Panjang Pria Sogan Slimfit Furing",
    "BATIK KERIS",
    tb="batik keris",
    g=M,
    age=AD,
    col=["coklat"],
    f=["long sleeve"],
    var=ukuran(["M", "L", "XL"], 429000),
)
P(
    "batik shirt",
    "Danar Hadi Kemeja Batik Tulis Pria Sutra Lengan Panjang",
    "Danar Hadi",
    g=M,
    age=AD,
    col=["coklat"],
    f=["long sleeve", "silk", "hand-drawn"],
    var=ukuran(["M", "L", "XL"], 1850000),
    d="Batik tulis asli Solo di atas kain sutra. Dikerjakan dengan tangan.",
)
P(
    "batik shirt",
    "Kemeja Batik Pria Pendek Mega Mendung Biru Jumbo sampai 4XL",
    None,
    g=M,
    age=AD,
    col=["biru"],
    f=["short sleeve"],
    var=ukuran(["L", "XL", "XXL", "3XL", "4XL"], 89000, step=5000),
)
P(
    "batik shirt",
    "Blouse Batik Wanita Modern Lengan Panjang Kerja Kantor",
    None,
    g=W,
    age=AD,
    col=["navy"],
    f=["long sleeve"],
    var=ukuran(["S", "M", "L", "XL"], 115000),
    d="Atasan batik wanita untuk kerja kantor, model modern, bahan katun rayon.",
)
P(
    "batik shirt",
    "Atasan Batik Wanita Danar Hadi Katun Motif Sekar Jagad",
    "Danar Hadi",
    g=W,
    age=AD,
    col=["merah"],
    f=["short sleeve", "cotton"],
    var=ukuran(["S", "M", "L"], 459000),
)
P(
    "batik shirt",
    "Kemeja Batik Anak Laki Laki Motif Wayang Lengan Pendek",
    None,
    g=M,
    age=KID,
    f=["short sleeve"],
    var=ukuran(["2-4 th", "5-7 th", "8-10 th", "11-12 th"], 55000, key="usia", step=5000),
)
P(
    "batik shirt",
    "Batik Semar Kemeja Pria Lengan Panjang Furing Premium",
    "Batik Semar",
    g=M,
    age=AD,
    col=["hitam"],
    f=["long sleeve"],
    var=ukuran(["M", "L", "XL"], 275000),
)
P(
    "batik shirt",
    "BATIK SEMAR Kemeja Pendek Pria Cap Motif Truntum",
    "BATIK SEMAR",
    tb="batik semar",
    g=M,
    age=AD,
    col=["maroon"],
    f=["short sleeve", "cotton"],
    var=ukuran(["M", "L", "XL", "XXL"], 199000),
)
P(
    "batik shirt",
    "Blus Batik Anak Perempuan Lengan Pendek Tunik Lucu",
    None,
    g=W,
    age=KID,
    col=["pink"],
    f=["short sleeve"],
    var=ukuran(["S", "M", "L"], 65000),
)

# sarong --------------------------------------------------------------------------------------
P("sarong", "Sarung Wadimor Motif Botol Dewasa Original", "Wadimor", 65000, g=M, age=AD, col=["biru"])
P(
    "sarong",
    "WADIMOR Sarung Tenun Sutra Premium Hitam Polos",
    "WADIMOR",
    185000,
    tb="wadimor",
    g=M,
    age=AD,
    col=["hitam"],
    f=["woven", "silk"],
)
P(
    "sarong",
    "Sarung BHS Classic Jacquard Tenun Premium Original",
    "BHS",
    520000,
    g=M,
    age=AD,
    f=["woven", "jacquard"],
    var=warna(["hitam", "abu", "coklat"], 520000),
    d="Sarung tenun jacquard kualitas premium, lembut dan tidak luntur. Cocok untuk hadiah.",
)
P(
    "sarong",
    "Sarung BHS Tenun Sutera Songket Exclusive Gold",
    "BHS",
    1250000,
    g=M,
    age=AD,
    col=["emas"],
    f=["woven", "songket", "silk"],
)
P("sarong", "Sarung Atlas Idaman Kotak Kotak Dewasa", "Atlas", 79000, g=M, age=AD, col=["hijau"], f=["woven"])
P(
    "sarong",
    "Sarung ATLAS Idaman Original Kotak Besar Grosir",
    "ATLAS",
    82000,
    tb="atlas",
    g=M,
    age=AD,
    col=["hijau"],
    f=["woven"],
)
P("sarong", "Sarung Gajah Duduk Motif Hujan Gerimis", "Gajah Duduk", 95000, g=M, age=AD, col=["abu"])
P("sarong", "Sarung Anak Wadimor Motif Kotak Usia 5-10 Tahun", "Wadimor", 42000, g=M, age=KID, col=["biru"])
P(
    "sarong",
    "Sarung Instan Celana Anak TK SD Praktis Pakai Resleting",
    None,
    55000,
    g=M,
    age=KID,
    col=["hitam"],
    f=["instant"],
)
P(
    "sarong",
    "Sarung Tenun Donggala Handmade Asli Sulawesi",
    None,
    350000,
    g=M,
    age=AD,
    col=["merah"],
    f=["woven", "handmade"],
    d="Ditenun tangan oleh pengrajin Donggala, Sulawesi Tengah.",
)

# sandals -------------------------------------------------------------------------------------
P(
    "sandals",
    "Sandal Jepit Swallow Original Karet Dewasa",
    "Swallow",
    g="unisex",
    age=AD,
    col=["putih", "biru"],
    f=["flip-flop", "rubber"],
    var=nomor(38, 44, 12000),
)
P(
    "sandals",
    "Sandal Gunung Eiger Pria Kayuh 2.0 Anti Slip",
    "Eiger",
    g=M,
    age=AD,
    col=["hitam"],
    f=["hiking", "anti-slip", "strap"],
    var=nomor(39, 44, 399000),
    d="Sandal gunung pria dengan outsole karet anti slip dan strap yang bisa diatur.",
)
P(
    "sandals",
    "EIGER Sandal Gunung Wanita Tali Strap Outdoor",
    "EIGER",
    tb="eiger",
    g=W,
    age=AD,
    col=["coklat"],
    f=["hiking", "strap"],
    var=nomor(36, 40, 349000),
)
P(
    "sandals",
    "Fipper Sandal Jepit Premium Karet Alam Pria",
    "Fipper",
    g=M,
    age=AD,
    f=["flip-flop", "rubber"],
    var=warna_ukuran(["hitam", "navy"], ["39", "40", "41", "42", "43", "44"], 89000),
)
P(
    "sandals",
    "Sandal Wanita Slop Karet Jelly Anti Licin Ready Stock",
    None,
    g=W,
    age=AD,
    f=["slip-on", "anti-slip", "rubber"],
    var=warna_ukuran(["pink", "cream", "hitam"], ["36", "37", "38", "39", "40"], 29000),
)
P(
    "sandals",
    "Carvil Sandal Pria Slop Kulit Sintetis Casual",
    "Carvil",
    g=M,
    age=AD,
    col=["coklat"],
    f=["slip-on", "faux leather"],
    var=nomor(39, 43, 159000),
)
P(
    "sandals",
    "Homyped Sandal Wanita Platform Wedges Tali Silang",
    "Homyped",
    g=W,
    age=AD,
    col=["hitam"],
    f=["wedges"],
    var=nomor(36, 40, 129000),
)
P(
    "sandals",
    "Sandal Kulit Asli Pria Handmade Garut",
    None,
    g=M,
    age=AD,
    col=["coklat"],
    f=["leather", "slip-on", "handmade"],
    var=nomor(39, 44, 185000),
    d="Kulit sapi asli, dijahit tangan oleh pengrajin Garut.",
)
P(
    "sandals",
    "Sandal Anak Karakter Lampu LED Nyala Lucu",
    None,
    g="unisex",
    age=KID,
    f=["led"],
    var=warna_ukuran(["pink", "biru"], ["25", "26", "27", "28", "29", "30"], 45000),
)
P(
    "sandals",
    "Crocs Classic Clog Unisex Original",
    "Crocs",
    g="unisex",
    age=AD,
    f=["clog", "rubber"],
    var=warna_ukuran(["hitam", "putih"], ["39", "40", "41", "42", "43"], 699000),
)
P(
    "sandals",
    "Sandal Jepit Swallow Original Karet Dewasa Hijau Putih - Grosir",
    "swallow",
    tb="swallow",
    g="unisex",
    age=AD,
    col=["hijau", "putih"],
    f=["flip-flop", "rubber"],
    var=nomor(39, 43, 11500),
)
P(
    "sandals",
    "Ardiles Sandal Slide Pria Sporty Strap Velcro",
    "Ardiles",
    g=M,
    age=AD,
    col=["hitam"],
    f=["slide", "strap"],
    var=nomor(39, 44, 79000),
)

# rice cooker ---------------------------------------------------------------------------------
P(
    "rice cooker",
    "Miyako Magic Com MCM-508 1.8 Liter 3in1 Rice Cooker",
    "Miyako",
    239000,
    size="1.8l",
    col=["putih"],
    f=["steamer"],
    a={"Kapasitas": "1.8 L", "Daya": "395 Watt"},
    d="Rice cooker 3 in 1: memasak, menghangatkan dan mengukus. Kapasitas 1.8 liter.",
)
P(
    "rice cooker",
    "MIYAKO Rice Cooker MCM 508 1,8L Magic Com 3 in 1 Garansi Resmi",
    "MIYAKO",
    245000,
    tb="miyako",
    size="1.8l",
    col=["putih"],
    f=["steamer"],
)
P(
    "rice cooker",
    "Miyako MCM-609 Rice Cooker 1.8L Penanak Nasi Teflon",
    "miyako",
    215000,
    tb="miyako",
    size="1.8l",
    f=["non-stick"],
)
P(
    "rice cooker",
    "Cosmos Rice Cooker CRJ-3301 Magic Com 1.8 Liter Stainless",
    "Cosmos",
    349000,
    size="1.8l",
    col=["silver"],
    f=["stainless", "steamer"],
)
P(
    "rice cooker",
    "COSMOS Rice Cooker Digital CRJ-9303 Low Watt 1.8L Hemat Listrik",
    "COSMOS",
    589000,
    tb="cosmos",
    size="1.8l",
    f=["digital", "low watt", "non-stick"],
    a={"Daya": "300 Watt"},
)
P(
    "rice cooker",
    "Philips Rice Cooker HD3118 Digital Fuzzy Logic 1.8L",
    "Philips",
    899000,
    size="1.8l",
    f=["digital", "non-stick"],
    d="Fuzzy logic, 8 menu memasak, timer, panci anti lengket.",
)
P(
    "rice cooker",
    "Phillips Rice Cooker HD4515 2 Liter Penanak Nasi Keluarga",
    "Phillips",
    469000,
    tb="philips",
    size="2l",
    f=["non-stick", "large capacity"],
)
P(
    "rice cooker",
    "PHILIPS Rice Cooker Ceramic Inner Pot HD3130 Digital 1.8L",
    "PHILIPS",
    1299000,
    tb="philips",
    size="1.8l",
    f=["digital", "ceramic"],
)
P(
    "rice cooker",
    "Sharp Rice Cooker KS-N18MG 1.8 Liter Garansi Resmi",
    "Sharp",
    399000,
    size="1.8l",
    f=["non-stick", "steamer"],
)
P(
    "rice cooker",
    "Yong Ma Magic Com SMC 8017 Digital 2L Low Watt",
    "Yong Ma",
    729000,
    size="2l",
    f=["digital", "low watt", "large capacity"],
)
P(
    "rice cooker",
    "Rice Cooker Mini 0.6 Liter Kirin KRC-087 Untuk Anak Kost",
    "Kirin",
    179000,
    size="0.6l",
    f=["mini"],
    d="Cocok untuk 1-2 orang, anak kost dan perjalanan.",
)
P(
    "rice cooker",
    "Rice Cooker Mini Portable 1.2L Multifungsi Bisa Masak Mie",
    None,
    99000,
    size="1.2l",
    f=["mini", "steamer"],
    var=warna(["pink", "putih"], 99000),
)
P("rice cooker", "Maspion Magic Com MRJ-1852 1.8L", "Maspion", 269000, size="1.8l")
P(
    "rice cooker",
    "Panasonic Rice Cooker SR-CEZ18 Teflon 1.8L Original",
    "Panasonic",
    529000,
    size="1.8l",
    f=["non-stick"],
)
P(
    "rice cooker",
    "Cosmos Rice Cooker 3 Liter CRJ-6023 Kapasitas Besar Untuk Katering",
    "Cosmos",
    489000,
    size="3l",
    f=["steamer", "large capacity"],
)

# blender -------------------------------------------------------------------------------------
P(
    "blender",
    "Philips Blender HR2115 Jar Kaca 2 Liter 600W",
    "Philips",
    789000,
    size="2l",
    f=["glass jar", "dry mill"],
    a={"Daya": "600 Watt", "Bahan Tabung": "Kaca"},
)
P(
    "blender",
    "PHILIPS Blender HR2056 Plastik 1.25L + Gilingan Bumbu",
    "PHILIPS",
    449000,
    tb="philips",
    size="1.25l",
    f=["plastic jar", "dry mill"],
)
P(
    "blender",
    "Miyako Blender BL-152 GF Kaca 1.5 Liter 3in1",
    "Miyako",
    279000,
    size="1.5l",
    f=["glass jar", "dry mill"],
    d="Tabung kaca 1.5 L, dilengkapi gelas penggiling bumbu kering dan basah.",
)
P(
    "blender",
    "Miyako BL-101 PL Blender Plastik 1L Murah",
    "MIYAKO",
    189000,
    tb="miyako",
    size="1l",
    f=["plastic jar"],
)
P(
    "blender",
    "Cosmos Blender CB-282 G Kaca 1.5L Garansi 1 Tahun",
    "Cosmos",
    319000,
    size="1.5l",
    f=["glass jar"],
)
P(
    "blender",
    "Blender Portable USB Juicer Mini 380ml Rechargeable",
    None,
    size="380ml",
    f=["portable", "plastic jar"],
    var=warna(["pink", "biru", "putih"], 59000),
)
P(
    "blender",
    "Panasonic Blender MX-GX1511 1.0 Liter Gelas Plastik + Dry Mill",
    "Panasonic",
    399000,
    size="1l",
    f=["plastic jar", "dry mill"],
)
P("blender", "Sharp Blender EM-125L Tabung Kaca 1.25L", "Sharp", 349000, size="1.25l", f=["glass jar"])
P(
    "blender",
    "Oxone OX-871 Power Blender 2L 1200 Watt Ice Crush",
    "Oxone",
    649000,
    size="2l",
    f=["ice crush", "plastic jar"],
    a={"Daya": "1200 Watt"},
)
P(
    "blender",
    "Maspion Blender MT-1270 Plastik 1.5L Murah Meriah",
    "Maspion",
    165000,
    size="1.5l",
    f=["plastic jar"],
)
P(
    "blender",
    "Philips Daily Collection HR2223 Blender 700W ProBlend",
    "philips",
    999000,
    tb="philips",
    size="2l",
    f=["ice crush", "plastic jar"],
)

# standing fan --------------------------------------------------------------------------------
P(
    "standing fan",
    "Cosmos Kipas Angin Berdiri 16 inch 16-SN Stand Fan",
    "Cosmos",
    289000,
    size="16 inch",
    col=["putih"],
)
P(
    "standing fan",
    "COSMOS Stand Fan 16-SRC Remote Control Timer 16 Inch",
    "COSMOS",
    399000,
    tb="cosmos",
    size="16 inch",
    f=["remote", "timer"],
)
P("standing fan", "Miyako Kipas Angin Standing KAS-1618 KB 16 Inch", "Miyako", 249000, size="16 inch")
P(
    "standing fan",
    "Maspion Standing Fan PW-1600 16in Low Watt Hemat Listrik",
    "Maspion",
    279000,
    size="16 inch",
    f=["low watt"],
    a={"Daya": "45 Watt"},
)
P(
    "standing fan",
    "Panasonic Kipas Angin Stand F-EP405 16 Inch Remote",
    "Panasonic",
    899000,
    size="16 inch",
    f=["remote", "timer"],
)
P("standing fan", "KDK Stand Fan N40NH 16 inch Original Garansi Resmi", "KDK", 749000, size="16 inch")
P("standing fan", "Sekai Kipas Angin Berdiri SFN 1850 18 Inch", "Sekai", 329000, size="18 inch")
P(
    "standing fan",
    "Kipas Angin Berdiri Tornado 18 Inch Besi Industrial",
    None,
    459000,
    size="18 inch",
    col=["hitam"],
    f=["metal", "industrial"],
    d="Baling-baling besi, angin sangat kencang, cocok untuk gudang/toko.",
)
P(
    "standing fan",
    "Regency Stand Fan 16 inch Remote Putih",
    "Regency",
    369000,
    size="16 inch",
    col=["putih"],
    f=["remote"],
)
P(
    "standing fan",
    "Kipas Angin Tanpa Baling Baling Bladeless Tower Fan Remote",
    None,
    799000,
    f=["remote", "bladeless", "timer"],
    col=["putih"],
)
P(
    "standing fan",
    "Miyako Kipas Angin Stand KAS-1627 B Remote 16in",
    "MIYAKO",
    339000,
    tb="miyako",
    size="16 inch",
    f=["remote"],
)

# water dispenser -----------------------------------------------------------------------------
P(
    "water dispenser",
    "Miyako Dispenser WD-190 H Hot & Normal Galon Atas Meja",
    "Miyako",
    159000,
    f=["hot normal", "top loading", "table"],
)
P(
    "water dispenser",
    "MIYAKO WDP-300 Dispenser Galon Bawah Hot Cool Normal",
    "MIYAKO",
    1599000,
    tb="miyako",
    f=["hot cold", "bottom loading"],
    d="Galon diletakkan di bawah, tidak perlu mengangkat galon.",
)
P(
    "water dispenser",
    "Sharp Dispenser SWD-72EHL Galon Bawah Hot Normal",
    "Sharp",
    1799000,
    f=["hot normal", "bottom loading"],
)
P(
    "water dispenser",
    "Sanken HWD-C530 Water Dispenser Panas Dingin Galon Atas",
    "Sanken",
    1349000,
    f=["hot cold", "top loading"],
)
P(
    "water dispenser",
    "Cosmos CWD-1170 Dispenser Meja Hot Normal",
    "Cosmos",
    149000,
    f=["hot normal", "top loading", "table"],
)
P(
    "water dispenser",
    "Denpoo Dispenser Galon Bawah DDK 1101 Panas Dingin",
    "Denpoo",
    1899000,
    f=["hot cold", "bottom loading"],
)
P(
    "water dispenser",
    "Arashi Dispenser Portable Galon Atas Hot Normal Putih",
    "Arashi",
    129000,
    col=["putih"],
    f=["hot normal", "top loading", "table"],
)
P(
    "water dispenser",
    "Polytron PWC 777 Water Dispenser Hot Cool Galon Bawah",
    "Polytron",
    2299000,
    f=["hot cold", "bottom loading"],
)
P(
    "water dispenser",
    "Miyako WD-389 HC Dispenser Hot Cool Galon Atas Berdiri",
    "Miyako",
    899000,
    f=["hot cold", "top loading"],
)
P(
    "water dispenser",
    "Sharp SWD-75EHL-SL Dispenser Galon Bawah Silver",
    "SHARP",
    2199000,
    tb="sharp",
    col=["silver"],
    f=["hot cold", "bottom loading"],
)

# gallon pump (related to water dispenser) ---------------------------------------------------
P(
    "gallon pump",
    "Pompa Galon Elektrik USB Rechargeable Dispenser Portable",
    None,
    f=["electric"],
    var=warna(["putih", "hitam"], 35000),
)
P("gallon pump", "Pompa Galon Manual Tekan Praktis", None, 15000, f=["manual"])
P(
    "gallon pump",
    "Xiaomi Xiaolang Pompa Galon Elektrik Otomatis",
    "Xiaomi",
    119000,
    col=["putih"],
    f=["electric"],
)
P("gallon pump", "Pompa Air Galon Elektrik Miyako WD-P1 USB", "Miyako", 65000, f=["electric"])

# phone case ----------------------------------------------------------------------------------
A54 = ["samsung", "galaxy a54"]
IP13 = ["apple", "iphone 13"]
P(
    "phone case",
    "Case Samsung Galaxy A54 5G Softcase Bening Anti Crack",
    None,
    25000,
    col=["transparan"],
    f=["clear", "anti-crack", "softcase"],
    fits=A54,
)
P(
    "phone case",
    "Casing Samsung A54 Silikon Macaron Pelindung Kamera",
    None,
    f=["silicone", "softcase"],
    fits=A54,
    var=warna(["hitam", "lilac", "mint", "merah"], 19000),
)
P(
    "phone case",
    "Samsung Original Silicone Case Galaxy A54 Garansi Resmi",
    "Samsung",
    f=["silicone", "softcase"],
    fits=A54,
    var=warna(["hitam", "lavender"], 199000),
)
P(
    "phone case",
    "Spigen SPIGEN Liquid Air Samsung A54 Matte Black",
    "SPIGEN",
    259000,
    tb="spigen",
    col=["hitam"],
    f=["softcase", "anti-crack"],
    fits=A54,
)
P(
    "phone case",
    "Spigen Ultra Hybrid iPhone 13 Clear Case Original",
    "Spigen",
    329000,
    col=["transparan"],
    f=["clear", "hardcase", "anti-crack"],
    fits=IP13,
)
P(
    "phone case",
    "Case iPhone 13 MagSafe Bening Transparan Premium",
    None,
    49000,
    col=["transparan"],
    f=["clear", "magsafe", "softcase"],
    fits=IP13,
)
P(
    "phone case",
    "Softcase iPhone 13 Pro Max Silikon Motif Lucu Cewek",
    None,
    f=["silicone", "softcase"],
    fits=["apple", "iphone 13 pro max"],
    var=warna(["pink", "ungu"], 15000),
)
P(
    "phone case",
    "Silicone Case iPhone 13 Logo Premium OEM",
    None,
    f=["silicone", "softcase"],
    fits=IP13,
    var=warna(["hitam", "merah", "biru"], 39000),
)
P(
    "phone case",
    "Case iPhone 15 Leather Flip Cover Dompet Kulit",
    None,
    89000,
    col=["coklat"],
    f=["leather", "flip"],
    fits=["apple", "iphone 15"],
)
P(
    "phone case",
    "Xiaomi Redmi Note 13 Case Soft TPU Hitam Matte",
    None,
    15000,
    col=["hitam"],
    f=["softcase"],
    fits=["xiaomi", "redmi note 13"],
)
P(
    "phone case",
    "Case Redmi Note 13 Armor Shockproof Anti Crack Ring Stand",
    None,
    f=["anti-crack", "hardcase", "ring"],
    fits=["xiaomi", "redmi note 13"],
    var=warna(["hitam", "biru"], 35000),
)
P(
    "phone case",
    "OPPO A78 Casing Softcase Bening Anti Jamur",
    None,
    12000,
    col=["transparan"],
    f=["clear", "softcase"],
    fits=["oppo", "oppo a78"],
)
P(
    "phone case",
    "Case Vivo Y17s Hardcase Doff Pelindung Kamera",
    None,
    f=["hardcase"],
    fits=["vivo", "vivo y17s"],
    var=warna(["hitam", "navy", "hijau"], 18000),
)
P(
    "phone case",
    "UAG Monarch Samsung Galaxy S24 Ultra Original",
    "UAG",
    899000,
    col=["hitam"],
    f=["anti-crack", "hardcase"],
    fits=["samsung", "galaxy s24 ultra"],
)
P(
    "phone case",
    "Case Samsung A15 Flip Cover Kulit Dompet",
    None,
    f=["leather", "flip"],
    fits=["samsung", "galaxy a15"],
    var=warna(["hitam", "coklat"], 45000),
)

# powerbank -----------------------------------------------------------------------------------
UNIV = ["universal"]
P(
    "powerbank",
    "Anker PowerCore 10000mAh PD 20W Powerbank Original",
    "Anker",
    399000,
    size="10000mAh",
    col=["hitam"],
    f=["fast charge", "usb-c"],
    fits=UNIV,
)
P(
    "powerbank",
    "Xiaomi Mi Power Bank 3 20000mAh 18W Fast Charging",
    "Xiaomi",
    279000,
    size="20000mAh",
    col=["hitam"],
    f=["fast charge", "usb-c", "high capacity"],
    fits=UNIV,
)
P(
    "powerbank",
    "Powerbank XIAOMI Redmi 10000mAh 10W Garansi Resmi",
    "Redmi",
    159000,
    tb="xiaomi",
    size="10000mAh",
    f=["usb-c"],
    fits=UNIV,
    var=warna(["hitam", "biru"], 159000),
)
P(
    "powerbank",
    "Robot RT180 Powerbank 10000mAh Dual USB Garansi 1 Tahun",
    "Robot",
    99000,
    size="10000mAh",
    col=["putih"],
    fits=UNIV,
)
P(
    "powerbank",
    "ROBOT Power Bank RT190 20000mAh Fast Charging PD 22.5W",
    "ROBOT",
    199000,
    tb="robot",
    size="20000mAh",
    f=["fast charge", "usb-c", "high capacity"],
    fits=UNIV,
)
P(
    "powerbank",
    "Baseus Magnetic Powerbank MagSafe 10000mAh 20W Wireless iPhone",
    "Baseus",
    449000,
    size="10000mAh",
    col=["putih"],
    f=["magsafe", "wireless", "fast charge"],
    fits=["apple", "iphone"],
    d="Menempel magnetik di iPhone 12 ke atas (MagSafe), wireless charging 15W.",
)
P(
    "powerbank",
    "Samsung Battery Pack 10000mAh 25W Super Fast Charging",
    "Samsung",
    499000,
    size="10000mAh",
    col=["abu"],
    f=["fast charge", "usb-c"],
    fits=UNIV,
)
P(
    "powerbank",
    "Vivan VPB-W12 Powerbank 10000mAh Kabel Built-in",
    "Vivan",
    139000,
    size="10000mAh",
    col=["putih"],
    f=["built-in cable"],
    fits=UNIV,
)
P(
    "powerbank",
    "Powerbank 30000mAh Jumbo 4 Port Kabel Lengkap Murah",
    None,
    129000,
    size="30000mAh",
    col=["hitam"],
    f=["high capacity"],
    fits=UNIV,
)
P(
    "powerbank",
    "Powerbank Mini 5000mAh Kabel Lightning Built-in untuk iPhone",
    None,
    size="5000mAh",
    f=["built-in cable"],
    fits=["apple", "iphone"],
    var=warna(["putih", "pink"], 85000),
)
P(
    "powerbank",
    "Anker 737 Power Bank 24000mAh 140W Bisa Untuk Laptop",
    "ANKER",
    1899000,
    tb="anker",
    size="24000mAh",
    col=["hitam"],
    f=["fast charge", "usb-c", "laptop", "high capacity"],
    fits=UNIV,
)

# tws earbuds ---------------------------------------------------------------------------------
P(
    "tws earbuds",
    "Xiaomi Redmi Buds 5 TWS ANC Bluetooth 5.3 Garansi Resmi",
    "Xiaomi",
    f=["anc", "wireless"],
    var=warna(["hitam", "putih"], 349000),
)
P(
    "tws earbuds",
    "XIAOMI Redmi Buds 5 ANC - Ready Stock Original",
    "XIAOMI",
    339000,
    tb="xiaomi",
    col=["hitam"],
    f=["anc", "wireless"],
)
P(
    "tws earbuds",
    "Redmi Buds 4 Active TWS Earphone Bluetooth",
    "Redmi",
    199000,
    tb="xiaomi",
    col=["hitam"],
    f=["wireless"],
)
P(
    "tws earbuds",
    "Samsung Galaxy Buds FE Original SEIN",
    "Samsung",
    f=["anc", "wireless"],
    var=warna(["graphite", "putih"], 1199000),
)
P(
    "tws earbuds",
    "Samsung Galaxy Buds2 Pro ANC Original Garansi Resmi",
    "SAMSUNG",
    tb="samsung",
    f=["anc", "wireless"],
    var=warna(["graphite", "putih", "ungu"], 2199000),
)
P(
    "tws earbuds",
    "Apple AirPods Pro 2nd Gen USB-C iBox",
    "Apple",
    3799000,
    col=["putih"],
    f=["anc", "wireless"],
    d="Garansi resmi iBox Indonesia. Active Noise Cancellation dan mode transparansi.",
)
P("tws earbuds", "QCY T13 ANC TWS Earbuds Bluetooth 5.3", "QCY", 249000, col=["hitam"], f=["anc", "wireless"])
P(
    "tws earbuds",
    "Baseus Bowie E3 TWS Low Latency Gaming",
    "Baseus",
    f=["gaming", "wireless"],
    var=warna(["hitam", "putih"], 189000),
)
P(
    "tws earbuds",
    "Lenovo LP40 Pro TWS Earphone Bluetooth Murah",
    "Lenovo",
    f=["wireless"],
    var=warna(["hitam", "putih"], 79000),
)
P(
    "tws earbuds",
    "JBL Tune Buds TWS ANC Original IMS Tahan Air",
    "JBL",
    1299000,
    col=["hitam"],
    f=["anc", "wireless", "waterproof"],
)
P(
    "tws earbuds",
    "Soundcore by Anker Life P2i TWS",
    "Soundcore",
    299000,
    tb="anker",
    col=["hitam"],
    f=["wireless"],
)
P(
    "tws earbuds",
    "TWS Gaming Earphone Bluetooth LED 40ms Low Latency RGB",
    None,
    65000,
    col=["hitam"],
    f=["gaming", "wireless"],
)
P(
    "tws earbuds",
    "Edifier X3 Lite TWS Earbuds IP55 Tahan Air",
    "Edifier",
    279000,
    col=["putih"],
    f=["wireless", "waterproof"],
)

# sunscreen -----------------------------------------------------------------------------------
P(
    "sunscreen",
    "Wardah UV Shield Essential Sunscreen Gel SPF 30 PA+++ 40ml",
    "Wardah",
    39000,
    size="40ml",
    f=["face", "gel", "oily skin"] + spf(30),
)
P(
    "sunscreen",
    "WARDAH UV Shield Airy Smooth Sunscreen Serum SPF 50 PA++++ 40ml",
    "WARDAH",
    49000,
    tb="wardah",
    size="40ml",
    f=["face"] + spf(50),
)
P(
    "sunscreen",
    "Azarine Hydrasoothe Sunscreen Gel SPF45 PA++++ 50ml",
    "Azarine",
    65000,
    size="50ml",
    f=["face", "gel", "oily skin"] + spf(45),
    d="Gel ringan, cepat meresap, cocok untuk kulit berminyak dan berjerawat.",
)
P(
    "sunscreen",
    "Emina Sun Battle SPF 30 PA+++ 60ml",
    "Emina",
    33000,
    size="60ml",
    f=["face", "body"] + spf(30),
)
P(
    "sunscreen",
    "EMINA Sun Protection Sun Battle SPF 45 Tone Up Cream",
    "EMINA",
    39000,
    tb="emina",
    size="30ml",
    f=["face", "tinted"] + spf(45),
)
P(
    "sunscreen",
    "Skin Aqua UV Moisture Milk SPF 50 PA++++ 40g",
    "Skin Aqua",
    54000,
    size="40g",
    f=["face", "body"] + spf(50),
)
P(
    "sunscreen",
    "Biore UV Aqua Rich Watery Essence SPF50+ 50g",
    "Biore",
    89000,
    size="50g",
    f=["face"] + spf(50),
)
P(
    "sunscreen",
    "Somethinc Holyshield! Sunscreen Comfort Corrector Serum SPF 50+ Tinted",
    "Somethinc",
    99000,
    size="30ml",
    f=["face", "tinted"] + spf(50),
)
P(
    "sunscreen",
    "La Roche Posay Anthelios UVMune 400 Fluid SPF50+ 50ml",
    "La Roche-Posay",
    429000,
    size="50ml",
    f=["face", "sensitive"] + spf(50),
)
P(
    "sunscreen",
    "Nivea Sun Protect & Moisture Lotion SPF 50 Body 100ml",
    "Nivea",
    119000,
    size="100ml",
    f=["body"] + spf(50),
)
P(
    "sunscreen",
    "Cetaphil Sun Kids SPF 50+ Lotion 150ml Kulit Sensitif Anak",
    "Cetaphil",
    289000,
    age=KID,
    size="150ml",
    f=["face", "body", "sensitive"] + spf(50),
)
P(
    "sunscreen",
    "Azarine Sunscreen Spray SPF 50 PA++++ 100ml Ready Stock",
    "AZARINE",
    75000,
    tb="azarine",
    size="100ml",
    f=["spray", "face", "body"] + spf(50),
)

# facial wash ---------------------------------------------------------------------------------
P(
    "facial wash",
    "Wardah Perfect Bright Creamy Foam 100ml",
    "Wardah",
    29000,
    g=W,
    size="100ml",
    f=["brightening", "foam"],
)
P(
    "facial wash",
    "Wardah Acnederm Pure Foaming Cleanser 60ml Jerawat",
    "wardah",
    31000,
    tb="wardah",
    g=W,
    size="60ml",
    f=["acne", "oily skin", "foam"],
)
P("facial wash", "Emina Bright Stuff Face Wash 50ml", "Emina", 19000, g=W, size="50ml", f=["brightening"])
P(
    "facial wash",
    "Garnier Men Acno Fight Facial Foam 100ml",
    "Garnier Men",
    39000,
    tb="garnier",
    g=M,
    size="100ml",
    f=["acne", "oily skin", "foam"],
)
P(
    "facial wash",
    "GARNIER Men Turbo Bright Oil Control Facial Foam 100ml",
    "GARNIER",
    42000,
    tb="garnier",
    g=M,
    size="100ml",
    f=["oily skin", "brightening", "foam"],
)
P(
    "facial wash",
    "Pond's Men Energy Bright Facial Foam 100g",
    "Pond's",
    35000,
    tb="pond's",
    g=M,
    size="100g",
    f=["brightening", "foam"],
)
P(
    "facial wash",
    "Ponds Pure Bright Facial Foam 100g Wanita",
    "Ponds",
    33000,
    tb="pond's",
    g=W,
    size="100g",
    f=["brightening", "foam"],
)
P(
    "facial wash",
    "Kahf Oil and Acne Care Face Wash 100ml",
    "Kahf",
    39000,
    g=M,
    size="100ml",
    f=["acne", "oily skin"],
    d="Sabun cuci muka pria untuk kulit berminyak dan berjerawat.",
)
P(
    "facial wash",
    "Gatsby Facial Wash Perfect Clear 100g",
    "Gatsby",
    28000,
    g=M,
    size="100g",
    f=["oily skin", "foam"],
)
P(
    "facial wash",
    "Cetaphil Gentle Skin Cleanser 125ml Kulit Sensitif",
    "Cetaphil",
    145000,
    g="unisex",
    size="125ml",
    f=["sensitive", "gentle"],
)
P(
    "facial wash",
    "CeraVe Foaming Facial Cleanser 236ml Kulit Normal ke Berminyak",
    "CeraVe",
    239000,
    g="unisex",
    size="236ml",
    f=["oily skin", "foam"],
)
P("facial wash", "Senka Perfect Whip Facial Foam 120g", "Senka", 49000, size="120g", f=["foam"])
P(
    "facial wash",
    "Somethinc Low pH Gentle Jelly Cleanser 100ml",
    "Somethinc",
    89000,
    g="unisex",
    size="100ml",
    f=["sensitive", "gentle"],
)

# instant noodles -----------------------------------------------------------------------------
P(
    "instant noodles",
    "Indomie Mi Goreng Original 85g - Paket 5 Pcs",
    "Indomie",
    15500,
    size="5 pcs",
    f=["fried"],
)
P(
    "instant noodles",
    "INDOMIE Goreng Original 1 Dus isi 40 Bungkus",
    "INDOMIE",
    118000,
    tb="indomie",
    size="40 pcs",
    f=["fried"],
)
P(
    "instant noodles",
    "Indomie Goreng Original 85g x 5 (Promo) Ready Stock",
    "Indomie",
    15000,
    size="5 pcs",
    f=["fried"],
)
P("instant noodles", "Indomie Kuah Rasa Soto Mie 1 Dus 40 pcs", "Indomie", 112000, size="40 pcs", f=["soup"])
P(
    "instant noodles",
    "Indomie Goreng Rendang 5 Bungkus",
    "Indofood",
    16500,
    tb="indomie",
    size="5 pcs",
    f=["fried"],
)
P(
    "instant noodles",
    "Mie Sedaap Goreng Original 1 Dus 40pcs",
    "Mie Sedaap",
    115000,
    size="40 pcs",
    f=["fried"],
)
P(
    "instant noodles",
    "Mie Sedaap Korean Spicy Chicken Goreng 5pcs",
    "Sedaap",
    22000,
    tb="mie sedaap",
    size="5 pcs",
    f=["fried", "spicy"],
)
P(
    "instant noodles",
    "Samyang Buldak Hot Chicken Ramen 140g Halal Korea Isi 5",
    "Samyang",
    95000,
    size="5 pcs",
    f=["fried", "spicy"],
    d="Mi goreng pedas dari Korea, sudah halal.",
)
P(
    "instant noodles",
    "Samyang 2x Spicy Hot Chicken Ramen 5 Pack Extra Pedas",
    "SAMYANG",
    99000,
    tb="samyang",
    size="5 pcs",
    f=["fried", "spicy", "extra hot"],
)
P(
    "instant noodles",
    "Lemonilo Mie Instan Goreng Sehat Tanpa Pengawet 5 pcs",
    "Lemonilo",
    27500,
    size="5 pcs",
    f=["fried", "healthy"],
    d="Mie dari bayam dan kunyit, tanpa pengawet dan tanpa MSG tambahan.",
)
P(
    "instant noodles",
    "Sarimi Isi 2 Soto Koya Jeruk Nipis 1 Dus 24pcs",
    "Sarimi",
    76000,
    size="24 pcs",
    f=["soup"],
)
P(
    "instant noodles",
    "Pop Mie Rasa Ayam Bawang Cup 75g Isi 6",
    "Pop Mie",
    33000,
    size="6 pcs",
    f=["soup", "cup"],
)

# coffee --------------------------------------------------------------------------------------
P(
    "coffee",
    "Kapal Api Special Mix Kopi Sachet 25g isi 10",
    "Kapal Api",
    14500,
    size="10 sachet",
    f=["sachet", "mix", "sugar"],
)
P(
    "coffee",
    "KAPAL API Special Mix 1 Renceng 10 Sachet x 25gr",
    "KAPAL API",
    14000,
    tb="kapal api",
    size="10 sachet",
    f=["sachet", "mix", "sugar"],
)
P(
    "coffee",
    "Kopi Kapal Api Bubuk Special 165g",
    "Kapalapi",
    22000,
    tb="kapal api",
    size="165g",
    f=["ground", "black", "no sugar"],
)
P(
    "coffee",
    "Good Day Cappuccino Sachet 25g Isi 10",
    "Good Day",
    17500,
    size="10 sachet",
    f=["sachet", "cappuccino", "mix", "sugar"],
)
P(
    "coffee",
    "Luwak White Koffie Original 20g x 10 Sachet",
    "Luwak White Koffie",
    13500,
    tb="luwak",
    size="10 sachet",
    f=["sachet", "white coffee", "mix", "sugar"],
)
P(
    "coffee",
    "Torabika Cappuccino Renceng 10 sachet",
    "Torabika",
    16000,
    size="10 sachet",
    f=["sachet", "cappuccino", "mix", "sugar"],
)
P(
    "coffee",
    "Nescafe Classic Kopi Hitam Instan Tanpa Gula 100g Jar",
    "Nescafe",
    52000,
    size="100g",
    f=["instant", "black", "no sugar"],
)
P(
    "coffee",
    "ABC Kopi Susu Sachet 31g Isi 10",
    "ABC",
    14000,
    size="10 sachet",
    f=["sachet", "milk", "mix", "sugar"],
)
P(
    "coffee",
    "Kopi Arabika Gayo Bubuk 250g Single Origin Aceh",
    None,
    75000,
    size="250g",
    f=["ground", "arabica", "black", "no sugar"],
    d="100% arabika Gayo, sangrai medium. Bisa giling kasar/halus.",
)
P(
    "coffee",
    "Kopi Kenangan Kopi Susu Sachet Box Isi 5",
    "Kopi Kenangan",
    45000,
    size="5 sachet",
    f=["sachet", "milk", "mix", "sugar"],
)
P(
    "coffee",
    "Indocafe Coffeemix 3in1 Isi 30 Sachet",
    "Indocafe",
    38000,
    size="30 sachet",
    f=["sachet", "mix", "sugar"],
)
P(
    "coffee",
    "Kopi Tubruk Robusta Lampung 500g Murni Tanpa Campuran",
    None,
    65000,
    size="500g",
    f=["ground", "robusta", "black", "no sugar"],
)
P(
    "coffee",
    "Nescafe Black Sachet Kopi Hitam Tanpa Gula 2g isi 20",
    "NESCAFE",
    29000,
    tb="nescafe",
    size="20 sachet",
    f=["sachet", "instant", "black", "no sugar"],
)

# sambal --------------------------------------------------------------------------------------
P("sambal", "Sambal Bawang Bu Rudy Original 150g", "Bu Rudy", 35000, size="150g", f=["bawang", "spicy"])
P(
    "sambal",
    "Sambel Bawang Bu Rudy Asli Surabaya Extra Pedas",
    "Sambal Bu Rudy",
    37000,
    tb="bu rudy",
    size="150g",
    f=["bawang", "spicy", "extra hot"],
)
P("sambal", "ABC Sambal Asli Botol 335ml", "ABC", 18000, size="335ml", f=["sauce", "spicy"])
P("sambal", "Indofood Sambal Pedas Botol 340ml", "Indofood", 17000, size="340ml", f=["sauce", "spicy"])
P(
    "sambal",
    "Sambal Roa Manado Asli Botol 200gr",
    None,
    55000,
    size="200g",
    f=["roa", "spicy"],
    d="Ikan roa asap khas Manado, tanpa pengawet.",
)
P("sambal", "Finna Sambal Terasi 190g", "Finna", 24000, size="190g", f=["terasi", "spicy"])
P("sambal", "Sambal Ijo Padang Cabe Hijau Homemade 250g", None, 32000, size="250g", f=["ijo", "spicy"])
P("sambal", "Dua Belibis Saus Sambal 340ml", "Dua Belibis", 15000, size="340ml", f=["sauce", "spicy"])
P(
    "sambal",
    "Sambal Cumi Pete Level 5 Pedas Mampus Toples 200g",
    None,
    45000,
    size="200g",
    f=["cumi", "spicy", "extra hot"],
)
P("sambal", "Sambal Matah Bali Kemasan Botol 150g", None, 39000, size="150g", f=["matah", "spicy"])


# diaper --------------------------------------------------------------------------------------
def diaper_age(s):
    return {
        "NB": ["newborn"],
        "S": ["newborn", "baby"],
        "M": ["baby"],
        "L": ["baby", "toddler"],
        "XL": ["toddler"],
        "XXL": ["toddler"],
    }[s]


P("diaper", "MamyPoko Pants Standar M 34", "MamyPoko", 68000, size="M", age=diaper_age("M"), f=["pants"])
P(
    "diaper",
    "Mamy Poko Pants Extra Soft L 30 pcs",
    "Mamy Poko",
    89000,
    tb="mamypoko",
    size="L",
    age=diaper_age("L"),
    f=["pants", "soft"],
)
P(
    "diaper",
    "MAMYPOKO Pants Royal Soft Night XXL 24",
    "MAMYPOKO",
    129000,
    tb="mamypoko",
    size="XXL",
    age=diaper_age("XXL"),
    f=["pants", "soft", "night"],
)
P("diaper", "Pampers Baby Dry Pants XL 26", "Pampers", 99000, size="XL", age=diaper_age("XL"), f=["pants"])
P("diaper", "Merries Pants Good Skin L 44", "Merries", 149000, size="L", age=diaper_age("L"), f=["pants"])
P(
    "diaper",
    "Sweety Silver Pants Popok Bayi",
    "Sweety",
    f=["pants"],
    var=[dict(v, age=diaper_age(v["size"])) for v in ukuran(["M", "L", "XL"], 75000, step=8000)],
)
P(
    "diaper",
    "Huggies Dry Perekat NB 32 Bayi Baru Lahir",
    "Huggies",
    59000,
    size="NB",
    age=diaper_age("NB"),
    f=["tape"],
)
P(
    "diaper",
    "Makuku Air Diapers Slim Comfort Perekat S 36",
    "Makuku",
    79000,
    size="S",
    age=diaper_age("S"),
    f=["tape"],
)
P(
    "diaper",
    "Goo.N Premium Soft Pants M 30",
    "Goo.N",
    109000,
    size="M",
    age=diaper_age("M"),
    f=["pants", "soft"],
)
P(
    "diaper",
    "Confidence Popok Dewasa Perekat M 15",
    "Confidence",
    95000,
    size="M",
    age=["adult"],
    f=["tape"],
    cat="kesehatan",
)
P(
    "diaper",
    "Lifree Celana Popok Dewasa L 9",
    "Lifree",
    89000,
    size="L",
    age=["adult"],
    f=["pants"],
    cat="Kesehatan > Perawatan Lansia",
)
P(
    "diaper",
    "Popok Kain Bayi Cuci Ulang Clodi Motif Lucu All Size",
    None,
    age=["baby", "toddler"],
    f=["reusable"],
    var=warna(["biru", "pink", "kuning"], 35000),
)

# motorcycle helmet ---------------------------------------------------------------------------
MLXL = ["M", "L", "XL"]
P(
    "motorcycle helmet",
    "Helm INK Centro Full Face SNI Original",
    "INK",
    age=AD,
    f=["full face", "sni"],
    var=warna_ukuran(["hitam doff", "putih"], MLXL, 549000),
)
P(
    "motorcycle helmet",
    "Helm INK CENTRO Full Face Hitam Doff Size L",
    "INK",
    539000,
    age=AD,
    col=["hitam doff"],
    size="L",
    f=["full face", "sni"],
)
P(
    "motorcycle helmet",
    "KYT RC7 Full Face Helm SNI Original",
    "KYT",
    age=AD,
    col=["hitam"],
    f=["full face", "sni"],
    var=ukuran(MLXL, 749000),
)
P(
    "motorcycle helmet",
    "Helm KYT Kyoto Half Face Double Visor",
    "KYT",
    age=AD,
    f=["half face", "double visor", "sni"],
    var=warna_ukuran(["hitam", "merah"], MLXL, 299000),
)
P(
    "motorcycle helmet",
    "GM Evolution Helm Half Face SNI",
    "GM",
    age=AD,
    f=["half face", "sni"],
    var=warna_ukuran(["biru", "hitam"], ["L", "XL"], 289000),
)
P(
    "motorcycle helmet",
    "Helm Bogo Retro Kaca Datar Kulit Sintetis",
    None,
    age=AD,
    f=["retro", "half face"],
    var=warna(["coklat", "hitam", "cream"], 89000),
    d="Helm bogo retro, satu ukuran (All Size, lingkar kepala 57-60 cm).",
)
P(
    "motorcycle helmet",
    "NHK GP1000 Full Face Double Visor SNI",
    "NHK",
    age=AD,
    col=["putih"],
    f=["full face", "double visor", "sni"],
    var=ukuran(["M", "L", "XL", "XXL"], 899000),
)
P(
    "motorcycle helmet",
    "Helm Anak SNI Karakter Usia 3-8 Tahun Half Face",
    None,
    age=KID,
    f=["half face", "sni"],
    var=warna(["pink", "biru", "kuning"], 119000),
)
P(
    "motorcycle helmet",
    "Cargloss CF Retro Helm Bogo SNI Original",
    "Cargloss",
    age=AD,
    col=["army"],
    f=["retro", "half face", "sni"],
    var=ukuran(MLXL, 375000),
)
P(
    "motorcycle helmet",
    "Zeus ZS-811 Full Face Helm SNI Original",
    "Zeus",
    age=AD,
    col=["hitam"],
    f=["full face", "sni"],
    var=ukuran(MLXL, 579000),
)
P(
    "motorcycle helmet",
    "MDS Pro Rider Half Face Helm Murah SNI",
    "MDS",
    age=AD,
    col=["hitam"],
    f=["half face", "sni"],
    var=ukuran(["L", "XL"], 199000),
)
P(
    "motorcycle helmet",
    "Helm Anak Kecil Bogo Retro Lucu SNI",
    None,
    age=KID,
    f=["retro", "half face", "sni"],
    var=warna(["pink", "merah"], 99000),
)

# prayer mat ----------------------------------------------------------------------------------
P(
    "prayer mat",
    "Sajadah Turki Tebal Premium Motif Masjid 70x120",
    None,
    size="70x120",
    f=["thick", "turkey"],
    var=warna(["merah", "hijau", "biru"], 89000),
)
P(
    "prayer mat",
    "Sajadah Travel Lipat Saku Waterproof + Kompas Kiblat",
    None,
    f=["travel", "waterproof"],
    var=warna(["hitam", "hijau", "biru"], 35000),
    d="Bisa dilipat seukuran saku, dilengkapi kompas arah kiblat.",
)
P("prayer mat", "Sajadah Busa Tebal Empuk Anti Pegal Jumbo", None, 125000, col=["hijau"], f=["thick", "foam"])
P("prayer mat", "Sajadah Anak Karakter Lucu Murah", None, age=KID, var=warna(["pink", "biru"], 29000))
P(
    "prayer mat",
    "Sajadah Bordir Turkey Import Original Al Karim",
    "Al Karim",
    189000,
    col=["merah"],
    f=["turkey", "thick"],
)
P(
    "prayer mat",
    "AL KARIM Sajadah Turki Premium Tebal Lembut",
    "AL KARIM",
    195000,
    tb="al karim",
    col=["biru"],
    f=["turkey", "thick"],
)
P(
    "prayer mat",
    "Sajadah Rasya Mina Premium Bulu Halus",
    "Rasya",
    f=["thick"],
    var=warna(["abu", "coklat", "maroon"], 149000),
)
P(
    "prayer mat",
    "Sajadah Travel Bahan Parasut Tipis Ringan Bisa Dilipat",
    None,
    25000,
    col=["hitam"],
    f=["travel"],
)
P(
    "prayer mat",
    "Sajadah Couple Pengantin Seserahan 2 pcs",
    None,
    f=["set"],
    var=warna(["cream", "dusty pink"], 159000),
)
P("prayer mat", "Sajadah Pagoda Premium Tebal Motif Ka'bah", "Pagoda", 119000, col=["hijau"], f=["thick"])

# backpack ------------------------------------------------------------------------------------
P(
    "backpack",
    "Eiger Ransel Laptop 15.6 Inch Waterproof 25L",
    "Eiger",
    549000,
    g="unisex",
    age=AD,
    size="25l",
    col=["hitam"],
    f=["laptop", "waterproof"],
    a={"Kapasitas": "25 L", "Laptop": "15.6 inch"},
)
P(
    "backpack",
    "EIGER Tas Ransel Laptop 14 inch Explorer 20L",
    "EIGER",
    tb="eiger",
    g="unisex",
    age=AD,
    size="20l",
    f=["laptop"],
    var=warna(["hitam", "abu"], 429000),
)
P(
    "backpack",
    "Eiger Adventure Carrier Rinjani 45L Hiking + Rain Cover",
    "Eiger Adventure",
    1299000,
    tb="eiger",
    g="unisex",
    age=AD,
    size="45l",
    col=["hijau"],
    f=["hiking", "rain cover"],
)
P(
    "backpack",
    "Consina Carrier Tarebbi 60L Mendaki Gunung",
    "Consina",
    899000,
    g="unisex",
    age=AD,
    size="60l",
    col=["biru"],
    f=["hiking"],
)
P(
    "backpack",
    "Bodypack Prodiger Backpack Laptop 15 inch Anti Air",
    "Bodypack",
    399000,
    g="unisex",
    age=AD,
    size="24l",
    col=["hitam"],
    f=["laptop", "waterproof"],
)
P(
    "backpack",
    "Tas Ransel Anak SD Karakter Roda Trolley",
    None,
    age=KID,
    f=["school", "trolley"],
    var=warna(["pink", "biru"], 159000),
)
P(
    "backpack",
    "Tas Ransel Sekolah Anak TK Lucu Mini",
    None,
    age=KID,
    f=["school"],
    var=warna(["kuning", "pink", "biru"], 59000),
)
P(
    "backpack",
    "Tas Ransel Wanita Kulit Sintetis Korean Style Mini",
    None,
    g=W,
    age=AD,
    f=["faux leather"],
    var=warna(["cream", "hitam", "coklat"], 119000),
)
P(
    "backpack",
    "Exsport Backpack Cewek Kuliah Laptop 14 inch",
    "Exsport",
    g=W,
    age=AD,
    f=["laptop"],
    var=warna(["dusty pink", "navy"], 249000),
)
P(
    "backpack",
    "Tas Ransel Pria Laptop USB Charging Anti Maling",
    None,
    139000,
    g=M,
    age=AD,
    col=["abu"],
    f=["laptop", "usb port", "anti-theft"],
)
P(
    "backpack",
    "Export Tas Ransel Laptop Pria Waterproof 30L",
    "Export",
    189000,
    g=M,
    age=AD,
    size="30l",
    col=["hitam"],
    f=["laptop", "waterproof"],
)
P(
    "backpack",
    "Alto Tas Ransel Sekolah SMP SMA Unisex 22L",
    "Alto",
    g="unisex",
    age=AD,
    size="22l",
    f=["school"],
    var=warna(["hitam", "navy", "maroon"], 175000),
)

# knife set -----------------------------------------------------------------------------------
P(
    "knife set",
    "Oxone OX-97 Pisau Set 6 pcs Stainless + Tempat Pisau",
    "Oxone",
    199000,
    size="6 pcs",
    f=["stainless", "with block"],
)
P(
    "knife set",
    "OXONE Knife Set OX-614 Pisau 8 pcs Stainless",
    "OXONE",
    279000,
    tb="oxone",
    size="8 pcs",
    f=["stainless", "with block"],
)
P("knife set", "Kiwi Pisau Dapur Thailand Original 3 pcs", "Kiwi", 45000, size="3 pcs", f=["stainless"])
P(
    "knife set",
    "Pisau Set Dapur 7 in 1 Stainless Motif Marble Anti Lengket",
    None,
    size="7 pcs",
    f=["stainless", "with block"],
    var=warna(["hitam", "pink"], 69000),
)
P(
    "knife set",
    "Vicenza Knife Set Pisau Dapur 5 pcs V-KS05",
    "Vicenza",
    389000,
    size="5 pcs",
    f=["stainless", "with block"],
)
P(
    "knife set",
    "Tramontina Century Knife Set 6 pcs Block Kayu",
    "Tramontina",
    1899000,
    size="6 pcs",
    f=["stainless", "with block"],
    d="Pisau stainless steel dengan blok kayu. Garansi seumur hidup dari pabrik.",
)
P("knife set", "Pisau Keramik Set 4 pcs Anti Karat Warna Warni", None, 59000, size="4 pcs", f=["ceramic"])
P(
    "knife set",
    "Pisau Jepang Gyuto Damascus Set 3 pcs Chef Knife",
    None,
    459000,
    size="3 pcs",
    f=["japanese", "damascus"],
)
P(
    "knife set",
    "Victorinox Swiss Classic Kitchen Set 3 Pcs Original",
    "Victorinox",
    749000,
    size="3 pcs",
    f=["stainless"],
)

# frying pan ----------------------------------------------------------------------------------
P(
    "frying pan",
    "Maxim Wajan Teflon Valentino 24cm Anti Lengket",
    "Maxim",
    159000,
    size="24cm",
    f=["non-stick"],
)
P(
    "frying pan",
    "MAXIM Valentino Wajan Penggorengan 30cm + Tutup Kaca",
    "MAXIM",
    239000,
    tb="maxim",
    size="30cm",
    f=["non-stick", "with lid"],
)
P(
    "frying pan",
    "Oxone Eco Wok Wajan Granite 28cm Bisa Induksi",
    "Oxone",
    279000,
    size="28cm",
    f=["non-stick", "granite", "induction"],
)
P(
    "frying pan",
    "Kirin Wajan Marble 26cm Anti Lengket",
    "Kirin",
    129000,
    size="26cm",
    f=["non-stick", "marble"],
)
P(
    "frying pan",
    "Happycall Frying Pan Diamond Induction 28cm Original Korea",
    "Happycall",
    549000,
    size="28cm",
    f=["non-stick", "induction"],
)
P(
    "frying pan",
    "Wajan Besi Cor Cast Iron Skillet 20cm Pre-Seasoned",
    None,
    189000,
    size="20cm",
    col=["hitam"],
    f=["cast iron", "induction"],
)
P(
    "frying pan",
    "Wajan Penggorengan Aluminium Tebal 34cm Jumbo Warung",
    None,
    85000,
    size="34cm",
    f=["aluminium"],
)
P("frying pan", "Supra Wajan Fry Pan Teflon 22cm Murah", "Supra", 69000, size="22cm", f=["non-stick"])
P(
    "frying pan",
    "Tefal Cook & Clean Frying Pan 28cm Thermo-Spot",
    "Tefal",
    399000,
    size="28cm",
    f=["non-stick"],
)
P(
    "frying pan",
    "Wajan Granite Marble Coating 30cm Induksi Tutup Kaca COD",
    None,
    149000,
    size="30cm",
    col=["hitam"],
    f=["non-stick", "granite", "induction", "with lid"],
)


# ---------------------------------------------------------------------------------------------
# Queries: (kind, query, intent). Intent keys: t types, rel related types, g gender, age (any of),
# c colours (any of), b brands (any of), minp/maxp IDR, xb/xc/xf excluded brands, colours,
# features, size, f features (all), fits device; {"b": [...], "bare": true} bare brand.
# ---------------------------------------------------------------------------------------------
Q = []


def q(kind, text, **intent):
    Q.append((kind, text, intent))


# descriptive
q("descriptive", "buat masak nasi di kos, yang kecil aja", t=["rice cooker"], f=["mini"])
q("descriptive", "masak nasi buat keluarga besar atau hajatan", t=["rice cooker"], f=["large capacity"])
q("descriptive", "kipas yg bisa dinyalain dari kasur pake remot", t=["standing fan"], f=["remote"])
q(
    "descriptive",
    "capek ngangkat galon, pengen dispenser yg galonnya di bawah",
    t=["water dispenser"],
    f=["bottom loading"],
)
q("descriptive", "pengen minum air dingin tiap hari tanpa kulkas", t=["water dispenser"], f=["hot cold"])
q("descriptive", "bikin jus sekalian haluskan bumbu dapur", t=["blender"], f=["dry mill"])
q(
    "descriptive",
    "hp cepet lowbat pas mudik, butuh cadangan baterai yg gede",
    t=["powerbank"],
    f=["high capacity"],
)
q("descriptive", "dengerin musik di KRL biar ga kedengeran suara bising", t=["tws earbuds"], f=["anc"])
q("descriptive", "main game mobile tanpa delay suara", t=["tws earbuds"], f=["gaming"])
q(
    "descriptive",
    "kulit berminyak dan jerawatan, sabun cuci muka yg cocok apa ya",
    t=["facial wash"],
    f=["acne", "oily skin"],
)
q("descriptive", "sholat pas traveling, yang bisa dilipat kecil masuk tas", t=["prayer mat"], f=["travel"])
q("descriptive", "lutut sakit kalo sujud lama, sajadah yg empuk tebal", t=["prayer mat"], f=["thick"])
q(
    "descriptive",
    "bawa laptop ke kampus pas musim hujan biar ga basah",
    t=["backpack"],
    f=["laptop", "waterproof"],
)
q(
    "descriptive",
    "helm yang aman buat touring jauh, nutup seluruh muka",
    t=["motorcycle helmet"],
    f=["full face", "sni"],
)
q("descriptive", "popok perekat untuk bayi yang baru lahir", t=["diaper"], age=["newborn"], f=["tape"])
q("descriptive", "bapak sudah sepuh susah ke kamar mandi", t=["diaper"], age=["adult"])
q("descriptive", "wajan yang bisa dipakai di kompor induksi", t=["frying pan"], f=["induction"])
q("descriptive", "sambel yang nampol banget pedesnya", t=["sambal"], f=["extra hot"])
q("descriptive", "kopi hitam tanpa gula buat diet", t=["coffee"], f=["black", "no sugar"])
q("descriptive", "mie instan yang lebih sehat tanpa pengawet", t=["instant noodles"], f=["healthy"])
q(
    "descriptive",
    "kemeja buat kondangan cowok yg formal lengan panjang",
    t=["batik shirt"],
    g="men",
    age=["adult"],
    f=["long sleeve"],
)
q("descriptive", "sandal buat naik gunung yang ga licin", t=["sandals"], f=["hiking", "anti-slip"])

# brand
q("brand", "Miyako", b=["miyako"], bare=True)
q("brand", "Cosmos", b=["cosmos"], bare=True)
q("brand", "Philips", b=["philips"], bare=True)
q("brand", "Wardah", b=["wardah"], bare=True)
q("brand", "Indomie", b=["indomie"], bare=True)
q("brand", "Kapal Api", b=["kapal api"], bare=True)
q("brand", "Eiger", b=["eiger"], bare=True)
q("brand", "Samsung", b=["samsung"], bare=True)
q("brand", "Xiaomi", b=["xiaomi"], bare=True)
q("brand", "MamyPoko", b=["mamypoko"], bare=True)
q("brand", "rice cooker cosmos", t=["rice cooker"], b=["cosmos"])
q("brand", "blender philips", t=["blender"], b=["philips"])
q("brand", "helm ink", t=["motorcycle helmet"], b=["ink"])
q("brand", "sarung bhs", t=["sarong"], b=["bhs"])
q("brand", "tws samsung", t=["tws earbuds"], b=["samsung"])
q("brand", "powerbank anker", t=["powerbank"], b=["anker"])
q("brand", "batik keris", t=["batik shirt"], b=["batik keris"])

# price
q("price", "rice cooker dibawah 300rb", t=["rice cooker"], maxp=300000)
q("price", "blender kaca maks 350 ribu", t=["blender"], f=["glass jar"], maxp=350000)
q("price", "kipas angin remote < 400rb", t=["standing fan"], f=["remote"], maxp=400000)
q("price", "dispenser galon bawah budget 2 juta", t=["water dispenser"], f=["bottom loading"], maxp=2000000)
q("price", "tws anc antara 200rb - 500rb", t=["tws earbuds"], f=["anc"], minp=200000, maxp=500000)
q("price", "powerbank 20000mah di bawah 250 ribu", t=["powerbank"], size="20000mah", maxp=250000)
q(
    "price",
    "helm full face SNI maksimal Rp 600.000",
    t=["motorcycle helmet"],
    f=["full face", "sni"],
    maxp=600000,
)
q("price", "hijab instan murah dibawah 50 ribu", t=["hijab"], f=["instant"], maxp=50000)
q("price", "kemeja batik pria budget 150 ribu", t=["batik shirt"], g="men", age=["adult"], maxp=150000)
q("price", "sandal cowok < 100rb", t=["sandals"], g="men", age=["adult"], maxp=100000)
q("price", "carrier hiking di bawah IDR 1jt", t=["backpack"], f=["hiking"], maxp=1000000)
q(
    "price",
    "rice cooker digital antara 500rb - 1jt",
    t=["rice cooker"],
    f=["digital"],
    minp=500000,
    maxp=1000000,
)
q("price", "sarung tenun diatas 300rb", t=["sarong"], f=["woven"], minp=300000)
q("price", "pisau set dibawah 100rb", t=["knife set"], maxp=100000)
q("price", "wajan anti lengket max 200rb", t=["frying pan"], f=["non-stick"], maxp=200000)
q(
    "price",
    "popok bayi pants L dibawah Rp 100.000",
    t=["diaper"],
    f=["pants"],
    size="L",
    age=["baby", "toddler"],
    maxp=100000,
)
q("price", "kopi sachet murah dibawah 15rb", t=["coffee"], f=["sachet"], maxp=15000)
q("price", "dispenser IDR 2jt ke atas", t=["water dispenser"], minp=2000000)

# typo
q("typo", "rice coker miyako", t=["rice cooker"], b=["miyako"])
q("typo", "blendr kaca", t=["blender"], f=["glass jar"])
q("typo", "dispanser galon bawah", t=["water dispenser"], f=["bottom loading"])
q("typo", "powerbang 10000mah", t=["powerbank"], size="10000mah")
q("typo", "headset blutut tws", t=["tws earbuds"], f=["wireless"])
q("typo", "sunscren spf 50", t=["sunscreen"], f=["spf 50+"])
q("typo", "fesial wash pria", t=["facial wash"], g="men")
q("typo", "indomi goreng", t=["instant noodles"], b=["indomie"], f=["fried"])
q("typo", "kopi kapal apy", t=["coffee"], b=["kapal api"])
q("typo", "popok mamipoko", t=["diaper"], b=["mamypoko"])
q("typo", "hellm kyt half face", t=["motorcycle helmet"], b=["kyt"], f=["half face"])
q("typo", "sejadah travel", t=["prayer mat"], f=["travel"])
q("typo", "tas ransel laptp", t=["backpack"], f=["laptop"])
q("typo", "hijab pasmina", t=["hijab"], f=["pashmina"])
q("typo", "sandal gunung eigr", t=["sandals"], b=["eiger"], f=["hiking"])
q("typo", "kemja batik pria", t=["batik shirt"], g="men", age=["adult"])

# other_language
q("other_language", "rice cooker 1.8 liter", t=["rice cooker"], size="1.8l")
q("other_language", "standing fan with remote control", t=["standing fan"], f=["remote"])
q("other_language", "power bank 20000mah fast charging", t=["powerbank"], size="20000mah", f=["fast charge"])
q("other_language", "noise cancelling earbuds", t=["tws earbuds"], f=["anc"])
q("other_language", "sunscreen for oily skin", t=["sunscreen"], f=["oily skin"])
q("other_language", "men's face wash for acne", t=["facial wash"], g="men", f=["acne"])
q("other_language", "spicy instant noodles", t=["instant noodles"], f=["spicy"])
q("other_language", "baby diaper pants size M", t=["diaper"], f=["pants"], size="M", age=["baby"])
q("other_language", "full face motorcycle helmet size L", t=["motorcycle helmet"], f=["full face"], size="L")
q("other_language", "waterproof laptop backpack", t=["backpack"], f=["laptop", "waterproof"])
q("other_language", "kitchen knife set with block", t=["knife set"], f=["with block"])
q("other_language", "non-stick frying pan 28cm", t=["frying pan"], f=["non-stick"], size="28cm")
q(
    "other_language",
    "men's long sleeve batik shirt",
    t=["batik shirt"],
    g="men",
    age=["adult"],
    f=["long sleeve"],
)
q("other_language", "white coffee sachet", t=["coffee"], f=["white coffee", "sachet"])
q("other_language", "klambi batik lanang", t=["batik shirt"], g="men", age=["adult"])
q("other_language", "sandal wedok", t=["sandals"], g="women", age=["adult"])
q("other_language", "sambel bawang sing pedes", t=["sambal"], f=["bawang"])
q("other_language", "sarung kanggo bocah", t=["sarong"], age=["kids"])
q("other_language", "hijab instan yg adem for daily", t=["hijab"], f=["instant"])
q("other_language", "case hp anti crack for iphone 13", t=["phone case"], f=["anti-crack"], fits="iphone 13")

# negation
q("negation", "rice cooker selain merek Miyako", t=["rice cooker"], xb=["miyako"])
q("negation", "hijab segi empat jangan yang hitam", t=["hijab"], f=["square"], xc=["black"])
q("negation", "tws bukan xiaomi", t=["tws earbuds"], xb=["xiaomi"])
q("negation", "helm bukan untuk anak", t=["motorcycle helmet"], age=["adult"])
q("negation", "mie instan yang tidak pedas", t=["instant noodles"], xf=["spicy"])
q("negation", "kopi yang nggak pakai gula", t=["coffee"], xf=["sugar"])
q("negation", "sandal pria selain swallow", t=["sandals"], g="men", age=["adult"], xb=["swallow"])
q("negation", "sunscreen muka yang bukan tone up / tinted", t=["sunscreen"], f=["face"], xf=["tinted"])
q("negation", "powerbank selain merk robot dibawah 200rb", t=["powerbank"], xb=["robot"], maxp=200000)
q("negation", "dispenser jangan yang galon atas", t=["water dispenser"], xf=["top loading"])
q("negation", "sajadah jangan warna merah", t=["prayer mat"], xc=["red"])
q("negation", "popok XL selain pampers", t=["diaper"], size="XL", xb=["pampers"])
q("negation", "casing samsung a54 tapi bukan yang bening", t=["phone case"], fits="galaxy a54", xf=["clear"])
q("negation", "blender yang tabungnya bukan plastik", t=["blender"], xf=["plastic jar"])
q("negation", "facial wash cowok selain garnier", t=["facial wash"], g="men", xb=["garnier"])

# accessory
q("accessory", "casing buat Samsung A54", t=["phone case"], fits="galaxy a54")
q("accessory", "softcase iphone 13", t=["phone case"], fits="iphone 13", f=["softcase"])
q("accessory", "case redmi note 13", t=["phone case"], fits="redmi note 13")
q("accessory", "case hp oppo a78", t=["phone case"], fits="oppo a78")
q("accessory", "case s24 ultra", t=["phone case"], fits="galaxy s24 ultra")
q("accessory", "flip cover samsung a15", t=["phone case"], fits="galaxy a15", f=["flip"])
q("accessory", "case iphone 15", t=["phone case"], fits="iphone 15")
q("accessory", "powerbank buat iphone", t=["powerbank"], fits="iphone")
q("accessory", "powerbank magsafe iphone 15", t=["powerbank"], fits="iphone 15", f=["magsafe"])
q("accessory", "case magsafe iphone 13", t=["phone case"], fits="iphone 13", f=["magsafe"])
q("accessory", "casing hp samsung", t=["phone case"], fits="samsung")
q("accessory", "pompa galon elektrik buat dispenser", t=["gallon pump"], f=["electric"])

# gender / age
q("gender", "hijab anak perempuan", t=["hijab"], g="women", age=["kids"])
q("gender", "batik cowok", t=["batik shirt"], g="men", age=["adult"])
q("gender", "batik wanita kantor", t=["batik shirt"], g="women", age=["adult"])
q("gender", "kemeja batik anak laki", t=["batik shirt"], g="men", age=["kids"])
q("gender", "sandal cewek", t=["sandals"], g="women", age=["adult"])
q("gender", "sandal anak", t=["sandals"], age=["kids"])
q("gender", "helm anak", t=["motorcycle helmet"], age=["kids"])
q("gender", "facial wash pria", t=["facial wash"], g="men")
q("gender", "sabun cuci muka wanita", t=["facial wash"], g="women")
q("gender", "tas ransel cewek", t=["backpack"], g="women", age=["adult"])
q("gender", "tas sekolah anak", t=["backpack"], age=["kids"], f=["school"])
q("gender", "sajadah anak", t=["prayer mat"], age=["kids"])
q("gender", "sarung anak", t=["sarong"], age=["kids"])
q("gender", "popok dewasa", t=["diaper"], age=["adult"])

# short
q("short", "rice cooker", t=["rice cooker"])
q("short", "magic com", t=["rice cooker"])
q("short", "kipas angin", t=["standing fan"])
q("short", "dispenser", t=["water dispenser"], rel=["gallon pump"])
q("short", "powerbank", t=["powerbank"])
q("short", "tws", t=["tws earbuds"])
q("short", "sabun muka", t=["facial wash"])
q("short", "kopi sachet", t=["coffee"], f=["sachet"])
q("short", "popok bayi", t=["diaper"], age=["newborn", "baby", "toddler"])
q("short", "helm", t=["motorcycle helmet"])
q("short", "sajadah", t=["prayer mat"])
q("short", "wajan", t=["frying pan"])
q("short", "sarung", t=["sarong"])
q("short", "casing hp", t=["phone case"])

# no_answer
q("no_answer", "kulkas 2 pintu")
q("no_answer", "mesin cuci front loading 8kg")
q("no_answer", "helm full face ukuran XS", t=["motorcycle helmet"], f=["full face"], size="XS")
q("no_answer", "rice cooker philips dibawah 200rb", t=["rice cooker"], b=["philips"], maxp=200000)


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "-" for ch in s.upper()).strip("-")


def norm_size(s):
    return str(s).lower().replace(" ", "").replace(",", ".")


def size_key(s):
    """Letter sizes (M, XL, NB, 3XL) stay as written; everything else is normalised."""
    return str(s) if str(s).isupper() else norm_size(s)


def as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def price_up(x):
    """A retail-looking IDR price at or above x: ...9.000 from 100 ribu, whole thousands below."""
    x = int(x)
    if x >= 100000:
        return (x + 9999) // 10000 * 10000 - 1000
    return (x + 999) // 1000 * 1000


ELECTRONIC = {"rice cooker", "blender", "standing fan", "water dispenser", "powerbank", "tws earbuds"}
SIZE_KEY = {
    "rice cooker": "Kapasitas",
    "blender": "Kapasitas",
    "standing fan": "Ukuran Baling",
    "powerbank": "Kapasitas Baterai",
    "sunscreen": "Isi",
    "facial wash": "Netto",
    "instant noodles": "Isi",
    "coffee": "Isi",
    "sambal": "Netto",
    "backpack": "Kapasitas",
    "frying pan": "Diameter",
    "knife set": "Isi",
    "prayer mat": "Ukuran",
}
MATERIAL = {
    "cotton": "Katun",
    "silk": "Sutra",
    "jersey": "Jersey",
    "voal": "Voal",
    "ceruty": "Ceruty",
    "rubber": "Karet",
    "leather": "Kulit Asli",
    "faux leather": "Kulit Sintetis",
    "stainless": "Stainless Steel",
    "ceramic": "Keramik",
    "granite": "Granite",
    "marble": "Marble",
    "cast iron": "Besi Cor",
    "aluminium": "Aluminium",
    "silicone": "Silikon",
}
GENDER_ID = {"men": "Pria", "women": "Wanita", "unisex": "Unisex"}
GENDER_CATS = {
    ("batik shirt", "women"): ["fashion-wanita", "batik", "Fashion Wanita > Atasan Batik"],
    ("sandals", "men"): ["sepatu-sandal", "fashion-pria", "Fashion Pria > Sandal"],
    ("sandals", "women"): ["sepatu-sandal", "fashion-wanita", "Fashion Wanita > Sandal"],
    ("facial wash", "men"): ["perawatan-pria", "kecantikan", "Perawatan Pria > Wajah"],
    ("backpack", "women"): ["tas", "fashion-wanita", "Tas > Ransel"],
}
KID_CATS = {
    "backpack": ["perlengkapan-sekolah", "fashion-anak", "tas"],
    "sandals": ["fashion-anak", "sepatu-sandal"],
    "batik shirt": ["fashion-anak", "batik"],
    "hijab": ["fashion-muslim", "fashion-anak"],
}
SUFFIXES = [" - Ready Stock", " COD", " | ORIGINAL 100%", " Bisa COD", " - Kirim Hari Ini", " Termurah"]
PREFIXES = ["[READY STOCK] ", "PROMO!! ", "[COD] ", "BEST SELLER "]


def derive_attrs(s, rng):
    """Seller-style attributes from what the listing is (not every listing has them)."""
    a = {}
    if s["type"] in SIZE_KEY and isinstance(s["size"], str):
        a[SIZE_KEY[s["type"]]] = s["size"]
    mats = [MATERIAL[f] for f in s["f"] if f in MATERIAL]
    if mats:
        a["Bahan"] = mats[0]
    if s["g"] in GENDER_ID and s["type"] in ("sandals", "backpack", "batik shirt"):
        a["Jenis Kelamin"] = GENDER_ID[s["g"]]
    if s["col"] and len(s["col"]) == 1:
        a["Warna"] = s["col"][0].title()
    if s["type"] in ELECTRONIC:
        a["Garansi"] = rng.choice(["1 Tahun", "Resmi 1 Tahun", "Resmi 2 Tahun", "Toko 7 Hari"])
    if s["type"] == "motorcycle helmet" and "sni" in s["f"]:
        a["Standar"] = "SNI"
    return a


def pick_category(s, rng):
    if s["cat"]:
        return s["cat"]
    ages = as_list(s["age"])
    if "kids" in ages and s["type"] in KID_CATS:
        return rng.choice(KID_CATS[s["type"]])
    if (s["type"], s["g"]) in GENDER_CATS:
        return rng.choice(GENDER_CATS[(s["type"], s["g"])])
    cat = rng.choice(CATEGORIES[s["type"]])
    if " > " in cat and rng.random() < 0.5:  # paths are the minority: most sellers pick a slug
        cat = rng.choice([c for c in CATEGORIES[s["type"]] if " > " not in c])
    return cat


def build(rng):
    specs = list(SPECS)
    rng.shuffle(specs)
    n = len(specs)
    oos = set(rng.sample(range(n), round(n * 0.08)))
    products, truths = [], []
    for i, s in enumerate(specs):
        pid = "%s-%04d" % (PREFIX, i + 1)
        cat = pick_category(s, rng)
        title = s["title"]
        r = rng.random()
        if r < 0.06:
            title = title.upper()
        elif r < 0.16:
            title += rng.choice(SUFFIXES + ([" Garansi Resmi"] if s["type"] in ELECTRONIC else []))
        elif r < 0.22:
            title = rng.choice(PREFIXES) + title
        prod = {"id": pid, "title": title, "currency": "IDR"}
        colours = [COLOURS[c] for c in s["col"]]
        size_list = [size_key(x) for x in as_list(s["size"])]
        feats = list(s["f"])
        ages = list(as_list(s["age"]))
        stock_prices = []
        if s["var"]:
            variants = []
            same = len({v["p"] for v in s["var"]}) == 1
            top_price = same and rng.random() < 0.5
            for v in s["var"]:
                sku = pid + "-" + "-".join(slug(str(x)) for x in v["o"].values())
                stock = 0 if (i in oos or rng.random() < 0.2) else rng.randint(1, 80)
                vd = {"sku": sku, "options": dict(v["o"])}
                if not top_price:
                    vd["price"] = v["p"]
                vd["stock"] = stock
                variants.append(vd)
                stock_prices.append((stock, v["p"]))
                if "c" in v and COLOURS[v["c"]] not in colours:
                    colours.append(COLOURS[v["c"]])
                if "size" in v and size_key(v["size"]) not in size_list:
                    size_list.append(size_key(v["size"]))
                for a_ in v.get("age", []):
                    if a_ not in ages:
                        ages.append(a_)
            if i not in oos and all(st == 0 for st, _ in stock_prices):
                variants[0]["stock"] = 7
                stock_prices[0] = (7, stock_prices[0][1])
            if top_price:
                prod["price"] = s["var"][0]["p"]
            prod["variants"] = variants
        else:
            stock = (
                0
                if i in oos
                else rng.choice([rng.randint(1, 20), rng.randint(10, 200), rng.randint(100, 2000)])
            )
            prod["price"] = s["price"]
            prod["stock"] = stock
            stock_prices.append((stock, s["price"]))
        if rng.random() < 0.2:
            base = prod.get("price") or max(p for _, p in stock_prices)
            prod["compare_at_price"] = price_up(base * rng.choice([1.15, 1.3, 1.5, 2.0]))
        if s["brand"]:
            prod["brand"] = s["brand"]
        prod["category"] = cat
        if rng.random() >= 0.42:
            prod["description"] = s["d"] or rng.choice(GENERIC_DESC[s["type"]])
        if rng.random() < 0.85:
            prod["rating"] = round(rng.uniform(3.6, 5.0), 1)
            prod["review_count"] = rng.choice(
                [rng.randint(1, 40), rng.randint(30, 900), rng.randint(500, 25000)]
            )
        r = rng.random()
        if s["a"] and r < 0.75:
            prod["attributes"] = dict(s["a"])
        elif r < 0.35:
            derived = derive_attrs(s, rng)
            if derived:
                prod["attributes"] = derived
        products.append(prod)

        in_stock = [p for st, p in stock_prices if st > 0]
        span = in_stock or [p for _, p in stock_prices]
        tb = s["tb"] if s["tb"] is not None else (s["brand"] or "").lower()
        tr = {"id": pid, "type": s["type"]}
        if s["g"]:
            tr["gender"] = s["g"]
        if ages:
            tr["age group"] = ages
        tr["colours"] = colours
        tr["brand"] = tb
        tr["size"] = (size_list[0] if len(size_list) == 1 else size_list) if size_list else None
        tr["features"] = feats
        if s["fits"]:
            tr["fits"] = list(s["fits"])
        tr["price_min"] = min(span)
        tr["price_max"] = max(span)
        truths.append(tr)
    return products, truths


def fits_ok(req, fits):
    if req in fits or "universal" in fits:
        return True
    if req.startswith("iphone") and "iphone" in fits:
        return True
    return bool(req == "iphone" and any(f.startswith("iphone") for f in fits))


def grade(tr, it):
    """README rules. None: not judged."""
    if it.get("bare"):
        return 3 if tr["brand"] in it["b"] else 0
    t, rel = it.get("t", []), it.get("rel", [])
    if tr["type"] not in t and tr["type"] not in rel:
        return None
    # hard violations: 0
    if "maxp" in it and tr["price_min"] > it["maxp"]:
        return 0
    if "minp" in it and tr["price_max"] < it["minp"]:
        return 0
    if tr["brand"] in it.get("xb", []):
        return 0
    cols = tr["colours"]
    if it.get("xc") and cols and all(c in it["xc"] for c in cols):
        return 0
    if any(f in tr["features"] for f in it.get("xf", [])):
        return 0
    misses = 0
    if "g" in it:
        g = tr.get("gender")
        if g in ("men", "women") and g != it["g"]:
            return 0
        if g != it["g"]:
            misses += 1  # unisex / unknown gender on a gendered request
    if "age" in it:
        ages = tr.get("age group") or []
        if any(a in ages for a in it["age"]):
            pass
        elif not ages:
            misses += 1
        else:
            return 0
    if "c" in it and not set(cols) & set(it["c"]):
        misses += 1
    if "b" in it and tr["brand"] not in it["b"]:
        misses += 1
    if "size" in it and size_key(it["size"]) not in [str(x) for x in as_list(tr["size"])]:
        misses += 1
    for f in it.get("f", []):
        if f not in tr["features"]:
            misses += 1
    if "fits" in it and not fits_ok(it["fits"], tr.get("fits") or []):
        misses += 1
    if tr["type"] in t:
        return 3 if misses == 0 else (2 if misses == 1 else 1)
    return 1 if misses == 0 else None


def build_queries(rng, truths):
    kept = []
    for kind, text, intent in Q:
        j = {}
        for tr in truths:
            gr = grade(tr, intent)
            if gr is not None:
                j[tr["id"]] = gr
        if kind != "no_answer" and 3 not in j.values():
            print(f"dropped (no grade-3 product): {kind} {text!r}", file=sys.stderr)
            continue
        if kind == "no_answer" and 3 in j.values():
            print(f"dropped no_answer with a grade-3 product: {text!r}", file=sys.stderr)
            continue
        kept.append([kind, text, intent, j])
    kinds = []
    for k, *_ in kept:
        if k not in kinds:
            kinds.append(k)
    split = {}
    for k in kinds:
        idx = [n for n, row in enumerate(kept) if row[0] == k]
        order = list(idx)
        rng.shuffle(order)
        nh = round(len(idx) * 0.4)
        for m, n in enumerate(order):
            split[n] = "heldout" if m < nh else "dev"
    rows = []
    for n, (kind, text, intent, j) in enumerate(kept):
        rows.append(
            {
                "id": "TQ%03d" % (n + 1),
                "query": text,
                "kind": kind,
                "split": split[n],
                "judgments": j,
                "intent": dict(intent),
            }
        )
    return rows


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def idr(x):
    return f"{x:,}".replace(",", ".")


def readme(products, truths, queries):
    from collections import Counter

    types = Counter(t["type"] for t in truths)
    nvar = sum(len(p.get("variants", [])) for p in products)
    nsku = sum(len(p.get("variants", [])) or 1 for p in products)
    nodesc = sum(1 for p in products if "description" not in p)
    oos = sum(
        1
        for p in products
        if (p.get("stock", 0) == 0 if "variants" not in p else all(v["stock"] == 0 for v in p["variants"]))
    )
    norat = sum(1 for p in products if "rating" not in p)
    nattr = sum(1 for p in products if "attributes" in p)
    nobrand = sum(1 for p in products if "brand" not in p)
    prices = [t["price_min"] for t in truths] + [t["price_max"] for t in truths]
    kinds = Counter((q_["kind"], q_["split"]) for q_ in queries)
    kind_names = []
    for q_ in queries:
        if q_["kind"] not in kind_names:
            kind_names.append(q_["kind"])
    lines = [
        "# toko_id: Indonesian marketplace (Bahasa Indonesia, IDR)",
        "",
        "A held-out evaluation catalog written without looking at how the search works: a",
        "Tokopedia/Shopee-style marketplace in Bahasa Indonesia with modest fashion (hijab, batik,",
        "sarung, sandals), small kitchen electronics (rice cooker, blender, dispenser, standing fan),",
        "phone accessories (cases, powerbanks, TWS earbuds), skincare, groceries (instant noodles, coffee,",
        "sambal), baby diapers, motorcycle helmets, prayer mats, backpacks and cookware. Titles are",
        "marketplace-style (`ORIGINAL`, `COD`, `Garansi Resmi`, `Ready Stock`, `[READY STOCK]`, sizes,",
        "volumes and wattage in the title, some all upper-case), categories mix flat slugs (`elektronik`,",
        "`fashion-muslim`, `rumah-tangga`, `ibu-bayi`) with a few paths (`Dapur > Peralatan Masak`,",
        "`Handphone & Tablet > Casing`), near-duplicate listings by different sellers spell the brand",
        "differently (`Miyako`/`MIYAKO`/`miyako`, `Phillips`, `Redmi` for Xiaomi, `Indofood` for Indomie,",
        "`Kapalapi`, `Eiger Adventure`), and hijab colours, batik sizes, sandal sizes 36-44 and helmet",
        "sizes M/L/XL are variants. Prices are whole rupiah (`149000`).",
        "",
        "Generated by `make.py` (standard library only, seed %d, byte-identical on every run):" % SEED,
        "",
        "    /usr/bin/python3 bench/catalogs/toko_id/make.py           # rewrite the files here",
        "    /usr/bin/python3 bench/catalogs/toko_id/make.py --out DIR # somewhere else",
        "",
        "## Files",
        "",
        "- `products.jsonl`: import format (docs/catalog.md), currency IDR.",
        "- `truth.jsonl`: hidden ground truth per product, **for grading only**: `type` (English),",
        "  `gender` (`men`/`women`/`unisex`, where it applies), `age group` (list: `adult`, `kids`,",
        "  `newborn`, `baby`, `toddler`) where relevant, `colours` (English), `brand` (canonical, lower",
        '  case, "" for unbranded), `size` (a string, a list when variants differ, or null), `features`,',
        "  `fits` (phone cases and powerbanks; `universal` fits every phone), `price_min`/`price_max`",
        "  (IDR, over in-stock SKUs when any is in stock). Variant products take the union of their",
        "  variants' colours, sizes and age groups.",
        "- `queries.jsonl`: `{id, query, kind, split, judgments, intent}` as in ../README.md.",
        "",
        "## Counts",
        "",
        "- products: %d (%d SKUs, %d of them variant SKUs), %d product types"
        % (len(products), nsku, nvar, len(types)),
        "- without description: %d (%.0f%%); without brand field: %d; with attributes: %d;"
        " without rating: %d; out of stock: %d"
        % (nodesc, 100.0 * nodesc / len(products), nobrand, nattr, norat, oos),
        "- prices: %s .. %s IDR" % (idr(min(prices)), idr(max(prices))),
        "- types: " + ", ".join("%s %d" % (k, types[k]) for k in sorted(types)),
        "- queries: %d (%d dev, %d heldout)"
        % (
            len(queries),
            sum(1 for x in queries if x["split"] == "dev"),
            sum(1 for x in queries if x["split"] == "heldout"),
        ),
        "",
        "| kind | dev | heldout |",
        "|---|---|---|",
    ]
    for k in kind_names:
        lines.append("| %s | %d | %d |" % (k, kinds[(k, "dev")], kinds[(k, "heldout")]))
    lines += [
        "",
        "Queries are mostly casual Indonesian as shoppers type it (`hp`, `yg`, `murah`, `cewek`/`cowok`,",
        "`dibawah 300rb`, `maks 350 ribu`, `< 400rb`, `maksimal Rp 600.000`, `antara 500rb - 1jt`,",
        "`budget 2 juta`, `IDR 1jt`); `other_language` holds English, Javanese-ish (`klambi batik lanang`,",
        "`sandal wedok`, `sarung kanggo bocah`) and mixed Indonesian-English queries.",
        "",
        "## Grades",
        "",
        "Computed by `grade()` in make.py from the truth record and the intent only, following",
        "../README.md: 0 breaks a price bound (`minp`/`maxp` in IDR against the product's in-stock",
        "price span), an exclusion (`xb` brand, `xc` colour: all of the product's colours excluded, `xf`",
        "feature such as `spicy`, `sugar`, `clear`, `tinted`, `top loading`, `plastic jar`) or is made for",
        "another gender or age group; 3 type asked and every requirement met; 2 one miss; 1 more misses,",
        "or a related type (`rel`) with no miss. A gender-neutral (`unisex`, or no gender) item on a",
        "gendered request, or an item with no age group on an age request, is one miss. Choices made",
        "here: gendered clothing requests (`batik cowok`, `sandal cewek`) state `age: [adult]` too, so",
        "kids' items are 0 there; `helm bukan untuk anak` is `age: [adult]`; diaper sizes carry age groups",
        "(NB newborn, S newborn/baby, M baby, L baby/toddler, XL/XXL toddler; adult diapers `adult`);",
        "letter sizes (M, XL, NB) match exactly, other sizes after lower-casing and removing spaces",
        "(`16 inch` = `16inch`, `1,8L` = `1.8l`); phone-case fit is by model (`galaxy a54`,",
        "`iphone 13`; an iPhone 13 Pro Max case does not fit an iPhone 13), a powerbank marked",
        "`universal` fits every phone and one marked `iphone` every iPhone. A bare brand query grades",
        "every product of that brand 3 and every other product 0. Queries without a grade-3 product are",
        "dropped (stderr), except `no_answer`. Split: about 40% of each kind `heldout` (seeded shuffle",
        "per kind).",
        "",
    ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    products, truths = build(rng)
    queries = build_queries(random.Random(SEED + 1), truths)
    dump(args.out / "products.jsonl", products)
    dump(args.out / "truth.jsonl", truths)
    dump(args.out / "queries.jsonl", queries)
    with open(args.out / "README.md", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(products, truths, queries))
    print("wrote %d products, %d queries to %s" % (len(products), len(queries), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
