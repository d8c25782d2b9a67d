#!/usr/bin/env python3
# ruff: noqa: UP031 - printf-style formatting of generated text
"""Write the bazar_ptbr evaluation catalog: a Brazilian general store in pt-BR, prices in BRL.

Standard library only, fixed seed: every run writes byte-identical files into this folder
(or into --out DIR):

    products.jsonl  import format of docs/catalog.md
    truth.jsonl     hidden ground truth per product (for grading only; search must never read it)
    queries.jsonl   graded queries; grades are computed from truth + intent by grade() below
    README.md       what this is and the counts

    /usr/bin/python3 bench/catalogs/bazar_ptbr/make.py [--out DIR]
"""

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = 5521
PREFIX = "BZ"

COLOURS = {
    "preto": "black",
    "preta": "black",
    "branco": "white",
    "branca": "white",
    "azul": "blue",
    "azul marinho": "blue",
    "rosa": "pink",
    "pink": "pink",
    "vermelho": "red",
    "vermelha": "red",
    "verde": "green",
    "cinza": "grey",
    "grafite": "grey",
    "bege": "beige",
    "marrom": "brown",
    "amarelo": "yellow",
    "laranja": "orange",
    "terracota": "orange",
    "roxo": "purple",
    "lilás": "purple",
    "transparente": "transparent",
    "prata": "silver",
    "dourado": "gold",
    "caramelo": "brown",
    "natural": "beige",
}

CATEGORIES = {
    "dog food": ["pet-shop", "pet-shop", "racao-caes", "Pet > Cães > Ração"],
    "cat food": ["pet-shop", "racao-gatos", "pet-shop", "Pet > Gatos"],
    "collar": ["pet-shop", "acessorios-pet", "pet-shop"],
    "cat scratcher": ["pet-shop", "Pet > Gatos > Arranhadores", "brinquedos-pet"],
    "litter box": ["pet-shop", "higiene-pet", "Pet > Gatos"],
    "bike helmet": ["esporte-lazer", "ciclismo", "esporte-lazer"],
    "bike light": ["ciclismo", "esporte-lazer", "acessorios-bike"],
    "thermos bottle": ["esporte-lazer", "camping", "utilidades-domesticas", "Casa > Cozinha"],
    "tent": ["camping", "esporte-lazer", "Esporte > Camping"],
    "backpack": ["esporte-lazer", "mochilas", "malas-e-mochilas"],
    "running shoes": ["esporte-lazer", "calcados", "tenis", "Moda > Calçados"],
    "diaper": ["bebes", "fraldas", "bebes", "higiene"],
    "baby bottle": ["bebes", "bebe-alimentacao"],
    "stroller": ["bebes", "Bebês > Passeio", "carrinhos-de-bebe"],
    "sunscreen": ["beleza-saude", "perfumaria", "dermocosmeticos"],
    "shampoo": ["beleza-saude", "cabelos", "perfumaria"],
    "hair dryer": ["beleza-saude", "eletroportateis", "cabelos"],
    "garden hose": ["Casa > Jardim", "jardinagem", "Casa > Jardim > Irrigação"],
    "plant pot": ["Casa > Jardim", "jardinagem", "decoracao"],
    "drill": ["ferramentas", "Casa > Ferramentas", "ferramentas-eletricas"],
    "phone charger": ["eletronicos", "celulares-acessorios", "Celulares > Acessórios"],
    "headphones": ["eletronicos", "audio", "fones-de-ouvido"],
    "phone case": ["celulares-acessorios", "eletronicos", "Celulares > Capas e Películas"],
}

# Short generic descriptions that are true for any product of the type.
GENERIC_DESC = {
    "dog food": [
        "Alimento completo e balanceado para cães.",
        "Embalagem com fecho zip. Produto original com nota fiscal.",
    ],
    "cat food": [
        "Alimento completo para gatos, com vitaminas e minerais.",
        "Alta palatabilidade. Produto original.",
    ],
    "collar": ["Fecho de engate rápido e argola para guia.", "Ajustável, acabamento resistente."],
    "cat scratcher": ["Ajuda a manter as unhas do gato saudáveis e protege os móveis.", "Fácil de montar."],
    "litter box": [
        "Fácil de limpar. Use com areia higiênica de sua preferência.",
        "Material resistente e lavável.",
    ],
    "bike helmet": ["Casco em EPS com regulagem traseira.", "Leve e ventilado, com forro removível."],
    "bike light": ["Fixação no guidão sem ferramentas.", "Vários modos de iluminação."],
    "thermos bottle": ["Tampa com vedação.", "Ideal para o dia a dia."],
    "tent": ["Acompanha bolsa para transporte e estacas.", "Montagem simples com varetas de fibra."],
    "backpack": ["Alças acolchoadas e bolsos laterais.", "Vários compartimentos com zíper."],
    "running shoes": ["Cabedal em mesh respirável.", "Entressola com amortecimento para o dia a dia."],
    "diaper": ["Camada ultra absorvente e barreiras antivazamento.", "Toque macio."],
    "baby bottle": ["Bico de silicone macio.", "Pode ir ao micro-ondas e esterilizador."],
    "stroller": ["Cinto de segurança de 5 pontos.", "Cesto para objetos e capota."],
    "sunscreen": ["Proteção UVA e UVB.", "Dermatologicamente testado."],
    "shampoo": ["Limpa suavemente sem ressecar.", "Fragrância suave."],
    "hair dryer": ["Duas velocidades e três temperaturas.", "Bocal concentrador incluso."],
    "garden hose": ["Engates rápidos inclusos.", "Resistente ao sol."],
    "plant pot": ["Com furo para drenagem.", "Ideal para ambientes internos e externos."],
    "drill": ["Mandril de 3/8 com chave.", "Velocidade variável e reversível."],
    "phone charger": ["Proteção contra superaquecimento e curto-circuito.", "Compacto, ideal para viagem."],
    "headphones": ["Som nítido e graves encorpados.", "Leve e confortável."],
    "phone case": [
        "Bordas elevadas que protegem câmera e tela.",
        "Encaixe preciso, acesso a todos os botões.",
    ],
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
    sp=None,
    fits=None,
    d=None,
    a=None,
    var=None,
):
    """One listing. brand: the brand field as the seller wrote it (None: no brand field);
    tb: canonical brand for the truth (default brand.lower()). var: list of variant dicts
    {"o": options, "p": price, "c": pt colour, "size": size, "f": [features]}."""
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
            sp=sp,
            fits=fits,
            d=d,
            a=a,
            var=var,
        )
    )


def volt(p110, p220=None, extra=None):
    p220 = p110 if p220 is None else p220
    return [
        {"o": {"voltagem": "110V"}, "p": p110, "f": ["110v"]},
        {"o": {"voltagem": "220V"}, "p": p220, "f": ["220v"]},
    ]


def sizes(labels, price, key="tamanho", step=0.0, age_of=None):
    out = []
    for i, s in enumerate(labels):
        v = {"o": {key: s}, "p": round(price + i * step, 2), "size": s}
        if age_of:
            v["age"] = age_of(s)
        out.append(v)
    return out


def cores(names, price, key="cor"):
    return [{"o": {key: n.title()}, "p": price, "c": n} for n in names]


def cores_tam(names, labels, price, step=0.0):
    return [
        {"o": {"cor": n.title(), "tamanho": s}, "p": round(price + i * step, 2), "c": n, "size": s}
        for n in names
        for i, s in enumerate(labels)
    ]


def shoe(first, last, price):
    return [{"o": {"numeração": str(n)}, "p": price, "size": str(n)} for n in range(first, last + 1)]


# ---------------------------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------------------------
# dog food ------------------------------------------------------------------------------------
P(
    "dog food",
    "Ração Golden Fórmula Cães Adultos Frango e Arroz 15kg",
    "Golden",
    189.90,
    age="adult",
    size="15kg",
    d="Ração premium especial para cães adultos de médio e grande porte. Sabor frango e arroz.",
    a={"Peso": "15 kg", "Sabor": "Frango e Arroz", "Idade": "Adulto"},
)
P(
    "dog food",
    "Ração Golden Adulto Frango 3kg",
    "Golden",
    54.90,
    age="adult",
    size="3kg",
    a={"Peso": "3 kg", "Sabor": "Frango"},
)
P(
    "dog food",
    "Ração Premier Pet Golden Formula Adulto Frango & Arroz 15 kg - Envio Rápido",
    "GOLDEN",
    184.90,
    tb="golden",
    age="adult",
    size="15kg",
)
P(
    "dog food",
    "Ração Golden Filhotes Raças Pequenas Frango 10,1kg",
    "Golden",
    179.90,
    age="puppy",
    size="10.1kg",
    f=["small breed"],
    d="Croquetes menores para filhotes de raças pequenas.",
)
P(
    "dog food",
    "Ração Pedigree Adulto Carne e Vegetais 10,1kg",
    "Pedigree",
    119.90,
    age="adult",
    size="10.1kg",
    a={"Sabor": "Carne e Vegetais"},
)
P(
    "dog food",
    "Pedigree Ração para Cães Filhotes Carne, Frango e Cereais 3kg",
    "Pedigree",
    44.90,
    age="puppy",
    size="3kg",
)
P(
    "dog food",
    "Ração Pedigree Cães Adultos Raças Pequenas Carne 1kg",
    "Pedigree",
    24.90,
    age="adult",
    size="1kg",
    f=["small breed"],
)
P(
    "dog food",
    "Ração Royal Canin Medium Adult Cães Adultos Porte Médio 15kg",
    "Royal Canin",
    449.90,
    age="adult",
    size="15kg",
    d="Nutrição precisa para cães adultos de porte médio (11 a 25 kg).",
)
P(
    "dog food",
    "Royal Canin Mini Puppy Ração Cães Filhotes Porte Pequeno 2,5kg",
    "Royal Canin",
    189.90,
    age="puppy",
    size="2.5kg",
    f=["small breed"],
)
P(
    "dog food",
    "Ração Premier Raças Específicas Shih Tzu Adulto 2,5kg",
    "Premier",
    109.90,
    age="adult",
    size="2.5kg",
    f=["small breed"],
    a={"Raça": "Shih Tzu"},
)
P(
    "dog food",
    "Ração Biofresh Cães Sênior Raças Pequenas e Mini 3kg",
    "Biofresh",
    139.90,
    age="senior",
    size="3kg",
    f=["small breed", "natural"],
    d="Ingredientes naturais, frutas e vegetais frescos. Para cães a partir de 7 anos.",
)
P(
    "dog food",
    "Ração N&D Prime Cães Adultos Frango e Romã Grain Free 10,1kg",
    "N&D Farmina",
    489.90,
    tb="n&d",
    age="adult",
    size="10.1kg",
    f=["grain-free"],
    d="Sem grãos, 70% de ingredientes de origem animal.",
)
P(
    "dog food",
    "Ração Guabi Natural Grain Free Cães Adultos Cordeiro 10,1kg",
    "Guabi Natural",
    329.90,
    tb="guabi natural",
    age="adult",
    size="10.1kg",
    f=["grain-free", "natural"],
)
P(
    "dog food",
    "Dog Chow Purina Ração Cães Adultos Médios e Grandes Carne e Frango 15kg",
    "Purina",
    169.90,
    age="adult",
    size="15kg",
    f=["large breed"],
)
P(
    "dog food",
    "Ração Quatree Supreme Cães Todas as Idades Frango e Batata Doce 1kg",
    "Quatree",
    29.90,
    age="all",
    size="1kg",
)

# cat food ------------------------------------------------------------------------------------
P("cat food", "Ração Whiskas Gatos Adultos Carne 10,1kg", "Whiskas", 169.90, age="adult", size="10.1kg")
P("cat food", "Ração Whiskas Gatos Adultos Carne 2,7kg", "Whiskas", 54.90, age="adult", size="2.7kg")
P("cat food", "Ração Whiskas Filhotes Carne e Leite 1kg", "Whiskas", 27.90, age="kitten", size="1kg")
P(
    "cat food",
    "Whiskas Sachê Gatos Adultos Peixe ao Molho - Kit 12un 85g",
    "Whiskas",
    34.90,
    age="adult",
    size="12x85g",
    f=["wet"],
)
P(
    "cat food",
    "Ração Golden Gatos Castrados Frango 10,1kg",
    "Golden",
    179.90,
    age="adult",
    size="10.1kg",
    f=["neutered"],
    d="Controle de peso para gatos castrados.",
)
P("cat food", "Ração Golden Gatos Filhotes Frango 1kg", "Golden", 36.90, age="kitten", size="1kg")
P(
    "cat food",
    "Ração Premier Gatos Castrados 12 Anos ou Mais 1,5kg",
    "Premier",
    79.90,
    age="senior",
    size="1.5kg",
    f=["neutered"],
)
P(
    "cat food",
    "Royal Canin Kitten Ração para Gatos Filhotes 1,5kg",
    "Royal Canin",
    139.90,
    age="kitten",
    size="1.5kg",
    d="Para filhotes de 4 a 12 meses.",
)
P(
    "cat food",
    "Ração Royal Canin Indoor Adult Gatos Adultos 7,5kg",
    "Royal Canin",
    489.90,
    age="adult",
    size="7.5kg",
    f=["indoor"],
)
P(
    "cat food",
    "Ração GranPlus Gatos Adultos Castrados Salmão e Arroz 10,1kg",
    "GranPlus",
    189.90,
    age="adult",
    size="10.1kg",
    f=["neutered"],
    a={"Sabor": "Salmão e Arroz"},
)
P(
    "cat food",
    "Ração Gran Plus Castrados Salmão 10.1kg Gato Adulto",
    "GRAN PLUS",
    194.90,
    tb="granplus",
    age="adult",
    size="10.1kg",
    f=["neutered"],
)
P(
    "cat food",
    "Ração N&D Quinoa Gatos Castrados Pato Grain Free 1,5kg",
    "N&D Farmina",
    159.90,
    tb="n&d",
    age="adult",
    size="1.5kg",
    f=["neutered", "grain-free"],
)
P(
    "cat food",
    "Sachê Felix Gatos Adultos Carne ao Molho 85g - Caixa com 15 unidades",
    "Felix",
    39.90,
    age="adult",
    size="15x85g",
    f=["wet"],
)

# collar --------------------------------------------------------------------------------------
P(
    "collar",
    "Coleira Zee.Dog Neon Nylon para Cães",
    "Zee.Dog",
    sp="dog",
    col=["amarelo"],
    f=["nylon", "reflective"],
    var=sizes(["P", "M", "G"], 79.90, step=5.0),
    d="Nylon resistente com detalhes refletivos. Tamanhos P, M e G.",
)
P(
    "collar",
    "Coleira de Couro Legítimo para Cachorro Marrom - Tam. G",
    "Pet Couros",
    69.90,
    sp="dog",
    col=["marrom"],
    size="G",
    f=["leather"],
)
P(
    "collar",
    "Coleira Couro com Guia Cães Médio Preta Chalesco",
    "Chalesco",
    89.90,
    sp="dog",
    col=["preta"],
    size="M",
    f=["leather"],
    a={"Material": "Couro"},
)
P(
    "collar",
    "Coleira Antipulgas Seresto Cães acima de 8kg",
    "Seresto",
    229.90,
    sp="dog",
    col=["cinza"],
    size="G",
    f=["anti-flea"],
    d="Proteção contra pulgas e carrapatos por até 8 meses.",
)
P(
    "collar",
    "Coleira Seresto Gatos Antipulgas e Carrapatos",
    "Seresto",
    209.90,
    sp="cat",
    col=["cinza"],
    f=["anti-flea"],
)
P(
    "collar",
    "Coleira para Gato com Guizo Ajustável Kit 3 Unidades",
    "Truqys",
    24.90,
    sp="cat",
    col=["rosa", "azul", "vermelho"],
    f=["nylon", "with bell"],
)
P(
    "collar",
    "Coleira Refletiva Nylon Furacão Pet",
    "Furacão Pet",
    sp="dog",
    f=["nylon", "reflective"],
    var=cores_tam(["vermelho", "azul"], ["P", "M", "G"], 34.90, step=4.0),
)
P(
    "collar",
    "Coleira Couro Sintético Personalizada com Nome do Pet",
    "Dog's Care",
    sp="dog",
    f=["faux leather"],
    var=cores(["preto", "rosa", "caramelo"], 49.90),
    d="Gravação do nome e telefone na placa.",
)
P(
    "collar",
    "Coleira Zee.Cat Gatos com Fecho Antienforcamento",
    "Zee.Dog",
    59.90,
    sp="cat",
    col=["azul"],
    f=["nylon", "breakaway"],
)

# cat scratcher -------------------------------------------------------------------------------
P(
    "cat scratcher",
    "Arranhador para Gatos Torre 3 Andares com Toca 1,20m",
    "São Pet",
    349.90,
    col=["bege"],
    size="120cm",
    f=["sisal", "multi-level", "with house"],
    a={"Altura": "120 cm", "Material": "Sisal e pelúcia"},
)
P(
    "cat scratcher",
    "Arranhador para Gatos Torre 3 Andares 1,20m c/ Toca - São Pet",
    "Sao Pet",
    339.90,
    tb="são pet",
    col=["bege"],
    size="120cm",
    f=["sisal", "multi-level", "with house"],
)
P(
    "cat scratcher",
    "Arranhador Gato Poste Sisal 50cm Base Pelúcia",
    "Furacão Pet",
    69.90,
    col=["cinza"],
    size="50cm",
    f=["sisal"],
)
P(
    "cat scratcher",
    "Arranhador Papelão Ondulado para Gatos com Catnip",
    "Chalesco",
    39.90,
    col=["natural"],
    f=["cardboard"],
)
P(
    "cat scratcher",
    "Arranhador de Parede Canto Sisal Plast Pet",
    "Plast Pet",
    59.90,
    col=["bege"],
    f=["sisal", "wall"],
)
P(
    "cat scratcher",
    "Arranhador Torre Gigante 1,80m para Gatos com Rede e Brinquedos - Bege",
    "Gatix",
    699.90,
    col=["bege"],
    size="180cm",
    f=["sisal", "multi-level", "with house"],
)
P(
    "cat scratcher",
    "Arranhador Sofá Cama de Papelão para Gatos",
    "Miau Papelão",
    89.90,
    col=["natural"],
    f=["cardboard"],
)

# litter box ----------------------------------------------------------------------------------
P(
    "litter box",
    "Caixa de Areia para Gatos com Peneira Furacão Pet Azul",
    "Furacão Pet",
    79.90,
    col=["azul"],
    f=["with sieve"],
)
P(
    "litter box",
    "Banheiro Sanitário Caixa de Areia Fechada Gatos Chalesco Cinza",
    "Chalesco",
    149.90,
    col=["cinza"],
    f=["covered"],
    d="Modelo fechado com porta vai e vem, evita odores e sujeira.",
)
P(
    "litter box",
    "Caixa de Areia Gato Bandeja Aberta Plast Pet Média",
    "Plast Pet",
    f=[],
    var=cores(["azul", "rosa", "verde"], 29.90),
)
P(
    "litter box",
    "Caixa de Areia Autolimpante PetSafe ScoopFree",
    "PetSafe",
    col=["cinza"],
    f=["automatic", "self-cleaning"],
    var=volt(2899.00),
    d="Limpeza automática, sem contato com os resíduos.",
)
P(
    "litter box",
    "Caixa de Areia Automática Inteligente Petkit Pura Max Wi-Fi Bivolt",
    "Petkit",
    3799.00,
    col=["branco"],
    f=["automatic", "self-cleaning", "110v", "220v", "bivolt"],
    a={"Conectividade": "Wi-Fi", "Voltagem": "Bivolt"},
)
P(
    "litter box",
    "Sanitário Catit Caixa de Areia Fechada com Filtro Jumbo",
    "Catit",
    259.90,
    col=["cinza"],
    f=["covered"],
    size="G",
)
P(
    "litter box",
    "Caixa de Areia Fechada Gatos Plast Pet Bege c/ Porta",
    "Plast Pet",
    119.90,
    col=["bege"],
    f=["covered"],
)

# bike helmet ---------------------------------------------------------------------------------
P(
    "bike helmet",
    "Capacete Ciclismo Absolute Nero MTB com LED Sinalizador",
    "Absolute",
    col=["preto"],
    age="adult",
    f=["led", "mtb"],
    var=sizes(["M", "G"], 189.90),
)
P(
    "bike helmet",
    "Capacete Bike High One Win Regulagem Preto/Vermelho",
    "High One",
    139.90,
    col=["preto", "vermelho"],
    age="adult",
    var=sizes(["M", "G"], 139.90),
)
P(
    "bike helmet",
    "Capacete Infantil Bicicleta Absolute Kids Rosa",
    "Absolute",
    99.90,
    col=["rosa"],
    age="kids",
    size="P",
)
P(
    "bike helmet",
    "Capacete Giro Fixture MIPS MTB Tamanho Único",
    "Giro",
    599.90,
    col=["preto"],
    age="adult",
    f=["mtb", "mips"],
    d="Sistema MIPS de proteção contra impactos rotacionais.",
)
P(
    "bike helmet",
    "Capacete Infantil Bike GTA Azul com Regulagem",
    "GTA",
    79.90,
    col=["azul"],
    age="kids",
    size="P",
)
P(
    "bike helmet",
    "Capacete Ciclismo Speed Road Kask Mojito 3 Branco",
    "Kask",
    1899.00,
    col=["branco"],
    age="adult",
    f=["road"],
)
P(
    "bike helmet",
    "Capacete Bike Urbano TSW Branco",
    "TSW",
    169.90,
    col=["branco"],
    age="adult",
    var=sizes(["M", "G"], 169.90),
)

# bike light ----------------------------------------------------------------------------------
P(
    "bike light",
    "Farol Bike LED USB Recarregável 800 Lúmens High One",
    "High One",
    89.90,
    col=["preto"],
    f=["front", "usb rechargeable", "waterproof"],
    a={"Lúmens": "800", "Bateria": "Recarregável USB"},
)
P(
    "bike light",
    "Kit Farol e Lanterna Traseira Bicicleta LED Recarregável",
    "Elleven",
    59.90,
    col=["preto"],
    f=["front", "rear", "usb rechargeable"],
)
P(
    "bike light",
    "Lanterna Traseira Bike Sinalizador LED Vermelho Absolute",
    "Absolute",
    34.90,
    col=["preto"],
    f=["rear"],
)
P(
    "bike light",
    "Farol Bike Profissional 2000 Lúmens Prova D'água Absolute",
    "Absolute",
    189.90,
    col=["preto"],
    f=["front", "usb rechargeable", "waterproof"],
)
P(
    "bike light",
    "Luz Traseira Bike com Seta e Controle Sem Fio no Guidão",
    "Elleven",
    119.90,
    col=["preto"],
    f=["rear", "usb rechargeable"],
)
P(
    "bike light",
    "Farol Dianteiro Bicicleta Cree T6 com Bateria",
    None,
    49.90,
    tb="",
    col=["preto"],
    f=["front"],
)

# thermos bottle ------------------------------------------------------------------------------
P(
    "thermos bottle",
    "Garrafa Térmica Stanley Classic 1,4L Verde",
    "Stanley",
    569.90,
    col=["verde"],
    size="1.4l",
    f=["keeps cold", "keeps hot", "stainless steel"],
    d="Mantém quente por 32 horas e gelado por até 24 horas.",
)
P(
    "thermos bottle",
    "Garrafa Térmica Stanley Clássica 950ml Verde Hammertone",
    "Stanley",
    449.90,
    col=["verde"],
    size="950ml",
    f=["keeps cold", "keeps hot", "stainless steel"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Stanley Go Flip Straw 651ml com Canudo",
    "Stanley",
    f=["keeps cold", "stainless steel", "with straw", "leak-proof"],
    size="651ml",
    var=cores(["preto", "rosa", "azul"], 299.90),
)
P(
    "thermos bottle",
    "Garrafa Térmica Inox 500ml Mor Preta",
    "Mor",
    59.90,
    col=["preta"],
    size="500ml",
    f=["keeps cold", "keeps hot", "stainless steel"],
)
P(
    "thermos bottle",
    "Kit 2 Garrafas Térmicas 500ml Aço Inox Parede Dupla",
    "Pacco",
    79.90,
    col=["preto", "branco"],
    size="500ml",
    f=["keeps cold", "keeps hot", "stainless steel"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Termolar Magic Pump Café 1L",
    "Termolar",
    89.90,
    col=["preto"],
    size="1l",
    f=["keeps hot", "pump"],
    d="Garrafa de pressão para café e chá.",
)
P(
    "thermos bottle",
    "Garrafa Squeeze Térmica Contigo Autoseal 720ml Azul",
    "Contigo",
    149.90,
    col=["azul"],
    size="720ml",
    f=["keeps cold", "keeps hot", "stainless steel", "leak-proof"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Inox 1 Litro Mantém Gelado 24h - Kouda",
    "Kouda",
    69.90,
    col=["cinza"],
    size="1l",
    f=["keeps cold", "keeps hot", "stainless steel"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Tramontina Exata 1L Aço Inox",
    "Tramontina",
    129.90,
    col=["prata"],
    size="1l",
    f=["keeps hot", "stainless steel"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Termolar Lúmina 500ml Rosa",
    "Termolar",
    39.90,
    col=["rosa"],
    size="500ml",
    f=["keeps hot"],
)
P(
    "thermos bottle",
    "Garrafa Térmica Mor Trip 750ml Azul Marinho",
    "Mor",
    79.90,
    col=["azul marinho"],
    size="750ml",
    f=["keeps cold", "keeps hot", "stainless steel"],
)

# tent ----------------------------------------------------------------------------------------
P(
    "tent",
    "Barraca Camping Nautika Falcon 4 Pessoas Impermeável",
    "Nautika",
    399.90,
    col=["verde"],
    size="4 people",
    f=["waterproof"],
    a={"Capacidade": "4 pessoas", "Coluna d'água": "1800 mm"},
)
P("tent", "Barraca Iglu Mor 2 Pessoas", "Mor", 149.90, col=["azul"], size="2 people")
P(
    "tent",
    "Barraca Coleman Sundome 6 Pessoas",
    "Coleman",
    1199.00,
    col=["verde"],
    size="6 people",
    f=["waterproof"],
    d="Sistema WeatherTec com costuras seladas.",
)
P(
    "tent",
    "Barraca Quechua 2 Seconds Easy Fresh&Black 2 Pessoas",
    "Quechua",
    899.99,
    col=["verde"],
    size="2 people",
    f=["waterproof", "instant", "blackout"],
)
P(
    "tent",
    "Barraca Azteq Nepal 4 Pessoas Dupla Camada 2500mm",
    "Azteq",
    999.00,
    col=["laranja"],
    size="4 people",
    f=["waterproof"],
)
P(
    "tent",
    "Barraca Automática Instantânea 4 Pessoas Abre Sozinha",
    "Bel Fix",
    269.90,
    col=["verde"],
    size="4 people",
    f=["instant"],
)
P(
    "tent",
    "Barraca Nautika Cherokee GT 6/7 Pessoas",
    "Nautika",
    649.90,
    col=["verde"],
    size="6 people",
    f=["waterproof"],
)
P(
    "tent",
    "Barraca Mor Iglu 4 Pessoas Impermeável",
    "Mor",
    229.90,
    col=["azul"],
    size="4 people",
    f=["waterproof"],
)

# backpack ------------------------------------------------------------------------------------
P(
    "backpack",
    "Mochila Cargueira Trilha 60L Impermeável Nautika Intruder",
    "Nautika",
    429.90,
    col=["preto"],
    size="60l",
    f=["hiking", "waterproof"],
    a={"Capacidade": "60 L"},
)
P("backpack", "Mochila Deuter Speed Lite 20L", "Deuter", 599.90, col=["azul"], size="20l", f=["hiking"])
P(
    "backpack",
    'Mochila para Notebook 15,6" Samsonite Guardit 2.0',
    "Samsonite",
    699.00,
    col=["preto"],
    f=["laptop", "water resistant"],
)
P(
    "backpack",
    "Mochila Notebook Dell Essential 15",
    "Dell",
    229.90,
    col=["preto"],
    f=["laptop"],
    cat="informatica",
)
P(
    "backpack",
    "Mochila Masculina Impermeável com Porta USB para Notebook",
    "Swissland",
    139.90,
    col=["cinza"],
    g="men",
    f=["laptop", "waterproof", "usb port"],
)
P(
    "backpack",
    "Mochila Feminina Kipling Seoul Preta",
    "Kipling",
    799.00,
    col=["preta"],
    g="women",
    f=["laptop"],
)
P(
    "backpack",
    "Mochila Escolar Infantil de Rodinhas Homem-Aranha",
    "Xeryus",
    189.90,
    col=["vermelho"],
    age="kids",
    f=["wheels"],
)
P(
    "backpack",
    "Mochila de Hidratação Bike Curtlo 2 Litros",
    "Curtlo",
    149.90,
    col=["preto"],
    size="2l",
    f=["hydration"],
)
P(
    "backpack",
    "Mochila Quechua Trilha NH100 20L",
    "Quechua",
    size="20l",
    f=["hiking"],
    var=cores(["azul", "cinza"], 89.99),
)
P("backpack", "Mochila Infantil Escolar Unicórnio Rosa", "Luxcel", 119.90, col=["rosa"], age="kids")
P("backpack", "Mochila Cargueira 70L Camping Mor", "Mor", 299.90, col=["verde"], size="70l", f=["hiking"])

# running shoes -------------------------------------------------------------------------------
P(
    "running shoes",
    "Tênis Nike Revolution 7 Masculino Corrida",
    "Nike",
    col=["preto"],
    g="men",
    age="adult",
    var=shoe(38, 44, 349.99),
)
P(
    "running shoes",
    "Tênis Nike Revolution 7 Feminino",
    "Nike",
    col=["rosa", "branco"],
    g="women",
    age="adult",
    var=shoe(34, 39, 349.99),
)
P(
    "running shoes",
    "Tênis Adidas Ultraboost Light Masculino",
    "Adidas",
    col=["branco"],
    g="men",
    age="adult",
    var=shoe(39, 44, 1099.99),
    d="Amortecimento Light BOOST, o mais leve da linha.",
)
P(
    "running shoes",
    "Tênis Asics Gel-Nimbus 26 Feminino",
    "Asics",
    col=["azul"],
    g="women",
    age="adult",
    var=shoe(34, 39, 1299.99),
)
P(
    "running shoes",
    "Tênis Mizuno Wave Rider 27 Masculino Corrida",
    "Mizuno",
    col=["preto"],
    g="men",
    age="adult",
    var=shoe(38, 44, 899.99),
)
P(
    "running shoes",
    "Tênis Olympikus Corre 3 Unissex",
    "Olympikus",
    col=["cinza"],
    g="unisex",
    age="adult",
    var=shoe(35, 44, 399.99),
)
P(
    "running shoes",
    "Tênis de Corrida Feminino Olympikus Delírio Rosa",
    "Olympikus",
    col=["rosa"],
    g="women",
    age="adult",
    var=shoe(34, 39, 249.99),
)
P(
    "running shoes",
    "Tênis Fila Racer Carbon 2 Masculino",
    "Fila",
    col=["laranja"],
    g="men",
    age="adult",
    var=shoe(39, 43, 749.99),
)
P(
    "running shoes",
    "Tênis Infantil Nike Revolution 7 Kids",
    "Nike",
    col=["azul"],
    g="unisex",
    age="kids",
    var=shoe(28, 34, 249.99),
)
P(
    "running shoes",
    "Tênis Adidas Duramo SL Feminino Corrida Preto",
    "Adidas",
    col=["preto"],
    g="women",
    age="adult",
    var=shoe(34, 39, 399.99),
)
P(
    "running shoes",
    "Tênis Infantil Olympikus Menina Rosa",
    "Olympikus",
    col=["rosa"],
    g="women",
    age="kids",
    var=shoe(27, 33, 169.99),
)
P(
    "running shoes",
    "Tênis Hoka Clifton 9 Feminino",
    "Hoka",
    col=["branco"],
    g="women",
    age="adult",
    var=shoe(34, 39, 1199.99),
)


# diaper --------------------------------------------------------------------------------------
def diaper_age(s):
    return {
        "RN": ["newborn"],
        "P": ["newborn", "baby"],
        "M": ["baby"],
        "G": ["baby"],
        "XG": ["baby", "toddler"],
        "XXG": ["toddler"],
    }[s]


P("diaper", "Fralda Pampers Confort Sec RN 36 unidades", "Pampers", 49.90, size="RN", age=diaper_age("RN"))
P(
    "diaper",
    "Fralda Pampers Confort Sec RN Pacote 36 Unidades - Original",
    "PAMPERS",
    52.90,
    tb="pampers",
    size="RN",
    age=diaper_age("RN"),
)
P(
    "diaper",
    "Fralda Pampers Confort Sec Tamanho M 80 Fraldas",
    "Pampers",
    89.90,
    size="M",
    age=diaper_age("M"),
)
P(
    "diaper",
    "Fralda Pampers Premium Care G 68 un",
    "Pampers",
    119.90,
    size="G",
    age=diaper_age("G"),
    f=["premium", "overnight"],
    d="Até 12 horas de proteção.",
)
P(
    "diaper",
    "Fralda Huggies Supreme Care",
    "Huggies",
    f=["premium"],
    var=sizes(["RN", "P", "M", "G", "XG"], 59.90, step=15.0, age_of=diaper_age),
)
P(
    "diaper",
    "Fralda Huggies Tripla Proteção Mega XXG 52 unid",
    "Huggies",
    99.90,
    size="XXG",
    age=diaper_age("XXG"),
)
P(
    "diaper",
    "Fralda MamyPoko Dia e Noite G 58 unidades",
    "MamyPoko",
    84.90,
    size="G",
    age=diaper_age("G"),
    f=["overnight"],
)
P(
    "diaper",
    "Fralda Turma da Mônica Baby Jumbo P 50un",
    "Turma da Mônica",
    39.90,
    size="P",
    age=diaper_age("P"),
)
P(
    "diaper",
    "Fralda Pampers Pants Ajuste Total XG 56 un",
    "Pampers",
    119.90,
    size="XG",
    age=diaper_age("XG"),
    f=["pants"],
)
P(
    "diaper",
    "Fralda Geriátrica Tena Slip Plus",
    "Tena",
    age=["adult"],
    var=sizes(["M", "G"], 59.90, step=5.0),
    d="Para incontinência moderada a intensa.",
)
P("diaper", "Fralda Geriátrica Bigfral Plus G 16un", "Bigfral", 69.90, size="G", age=["adult"])
P("diaper", "Roupa Íntima Plenitud Active G/XG 16un", "Plenitud", 79.90, size="G", age=["adult"], f=["pants"])
P(
    "diaper",
    "Fralda Personal Baby Protect & Sec RN 20un",
    "Personal Baby",
    19.90,
    size="RN",
    age=diaper_age("RN"),
)

# baby bottle ---------------------------------------------------------------------------------
P(
    "baby bottle",
    "Mamadeira Philips Avent Anti-cólica 260ml",
    "Philips Avent",
    89.90,
    tb="avent",
    col=["transparente"],
    size="260ml",
    age="baby",
    f=["anti-colic", "bpa-free"],
)
P(
    "baby bottle",
    "Mamadeira Avent Natural 125ml Rosa",
    "Avent",
    69.90,
    col=["rosa"],
    size="125ml",
    age="baby",
    f=["bpa-free"],
)
P(
    "baby bottle",
    "Mamadeira MAM Easy Start Anti-Cólica 160ml",
    "MAM",
    size="160ml",
    age="baby",
    f=["anti-colic", "bpa-free"],
    var=cores(["azul", "rosa"], 74.90),
)
P(
    "baby bottle",
    "Mamadeira Lillo Primeiros Passos 240ml",
    "Lillo",
    34.90,
    col=["azul"],
    size="240ml",
    age="baby",
)
P(
    "baby bottle",
    "Mamadeira de Vidro NUK First Choice 240ml",
    "NUK",
    79.90,
    col=["transparente"],
    size="240ml",
    age="baby",
    f=["glass"],
)
P(
    "baby bottle",
    "Kit 3 Mamadeiras Kuka Fisio 150/250/330ml",
    "Kuka",
    99.90,
    col=["transparente"],
    size=["150ml", "250ml", "330ml"],
    age="baby",
    f=["bpa-free"],
)
P(
    "baby bottle",
    "Mamadeira Dr. Brown's Options+ 270ml Anticólica",
    "Dr. Brown's",
    129.90,
    col=["transparente"],
    size="270ml",
    age="baby",
    f=["anti-colic"],
    d="Sistema de ventilação interna que reduz cólicas e gases.",
)
P(
    "baby bottle",
    "Mamadeira de Vidro Avent Natural 240ml",
    "Philips Avent",
    119.90,
    tb="avent",
    col=["transparente"],
    size="240ml",
    age="baby",
    f=["glass"],
)

# stroller ------------------------------------------------------------------------------------
P(
    "stroller",
    "Carrinho de Bebê Travel System Burigotto Ecco com Bebê Conforto Preto",
    "Burigotto",
    1299.00,
    col=["preto"],
    age="baby",
    f=["travel system"],
    d="Acompanha bebê conforto e base. Suporta até 15 kg.",
)
P(
    "stroller",
    "Carrinho de Bebê Guarda-Chuva Galzerano Leva e Traz Cinza",
    "Galzerano",
    249.90,
    col=["cinza"],
    age="baby",
    f=["compact"],
)
P(
    "stroller",
    "Carrinho de Bebê Chicco Bravo Trio Travel System",
    "Chicco",
    3499.00,
    col=["preto"],
    age="baby",
    f=["travel system"],
)
P(
    "stroller",
    "Carrinho de Bebê Bugaboo Fox 5 Preto",
    "Bugaboo",
    4599.00,
    col=["preto"],
    age="baby",
    f=["reversible"],
)
P(
    "stroller",
    "Carrinho Maxi-Cosi Leona 2 Compacto Essential Black",
    "Maxi-Cosi",
    1999.00,
    col=["preto"],
    age="baby",
    f=["compact"],
)
P(
    "stroller",
    "Carrinho Berço Voyage Reversível 0-15kg Cinza",
    "Voyage",
    799.90,
    col=["cinza"],
    age="baby",
    f=["reversible"],
)
P(
    "stroller",
    "Carrinho de Bebê Cosco Kids Reverse Travel System",
    "Cosco Kids",
    999.00,
    col=["cinza"],
    age="baby",
    f=["reversible", "travel system"],
)
P(
    "stroller",
    "Carrinho de Bebê Galzerano Olympus Berço Reversível",
    "Galzerano",
    age="baby",
    f=["reversible"],
    var=cores(["preto", "cinza"], 899.90),
)


# sunscreen -----------------------------------------------------------------------------------
def spf(n):
    out = ["spf %d" % n]
    if n >= 30:
        out.append("spf 30+")
    if n >= 50:
        out.append("spf 50+")
    return out


P(
    "sunscreen",
    "Protetor Solar Facial La Roche-Posay Anthelios Airlicium FPS 70 40g",
    "La Roche-Posay",
    99.90,
    size="40g",
    f=["facial", "dry touch"] + spf(70),
    a={"FPS": "70", "Tipo de pele": "Oleosa"},
)
P(
    "sunscreen",
    "Protetor Solar Neutrogena Sun Fresh FPS 50 200ml",
    "Neutrogena",
    89.90,
    size="200ml",
    f=spf(50) + ["water resistant"],
)
P(
    "sunscreen",
    "Protetor Solar Sundown Kids FPS 60 120ml",
    "Sundown",
    49.90,
    size="120ml",
    age="kids",
    f=spf(60) + ["water resistant"],
)
P(
    "sunscreen",
    "Protetor Solar Nivea Sun Protect & Hidrata FPS 50 200ml",
    "Nivea",
    64.90,
    size="200ml",
    f=spf(50),
)
P(
    "sunscreen",
    "Protetor Solar Facial Episol Color Pele Morena FPS 70 40g",
    "Episol",
    79.90,
    size="40g",
    f=["facial", "tinted"] + spf(70),
)
P(
    "sunscreen",
    "Protetor Solar Cenoura & Bronze FPS 30 200ml",
    "Cenoura & Bronze",
    39.90,
    size="200ml",
    f=spf(30),
)
P(
    "sunscreen",
    "ISDIN Fusion Water Magic FPS 50 Protetor Solar Facial 50ml",
    "ISDIN",
    119.90,
    size="50ml",
    f=["facial"] + spf(50),
)
P(
    "sunscreen",
    "Protetor Solar Infantil Nivea Sun Kids FPS 60 125ml",
    "Nivea",
    59.90,
    size="125ml",
    age="kids",
    f=spf(60),
)
P(
    "sunscreen",
    "Protetor Solar Corporal Sundown FPS 50 200ml Toque Seco",
    "Sundown",
    54.90,
    size="200ml",
    f=["dry touch"] + spf(50),
)
P(
    "sunscreen",
    "Anthelios XL Protect FPS 60 Protetor Corporal 200ml La Roche-Posay",
    "La Roche Posay",
    119.90,
    tb="la roche-posay",
    size="200ml",
    f=spf(60),
)
P(
    "sunscreen",
    "Protetor Solar Facial Neutrogena Sun Fresh Toque Seco FPS 70 50g",
    "Neutrogena",
    59.90,
    size="50g",
    f=["facial", "dry touch"] + spf(70),
)
P(
    "sunscreen",
    "Protetor Solar Facial com Cor Vichy Capital Soleil FPS 50 40g",
    "Vichy",
    89.90,
    size="40g",
    f=["facial", "tinted", "dry touch"] + spf(50),
)

# shampoo -------------------------------------------------------------------------------------
P(
    "shampoo",
    "Shampoo Head & Shoulders Anticaspa Limpeza Renovadora 400ml",
    "Head & Shoulders",
    32.90,
    size="400ml",
    g="unisex",
    f=["anti-dandruff"],
)
P(
    "shampoo",
    "Shampoo Clear Men Anticaspa Ice Cool Menthol 400ml",
    "Clear",
    29.90,
    size="400ml",
    g="men",
    f=["anti-dandruff"],
)
P("shampoo", "Shampoo Pantene Hidratação 400ml", "Pantene", 24.90, size="400ml", g="unisex", f=["hydration"])
P(
    "shampoo",
    "Shampoo Elseve Cachos Longos dos Sonhos 375ml L'Oréal Paris",
    "L'Oréal Paris",
    22.90,
    tb="elseve",
    size="375ml",
    g="unisex",
    f=["curly hair"],
)
P("shampoo", "Shampoo Seda Cachos Definidos 325ml", "Seda", 19.90, size="325ml", g="unisex", f=["curly hair"])
P(
    "shampoo",
    "Shampoo Salon Line #todecacho Sem Sulfato 300ml",
    "Salon Line",
    21.90,
    size="300ml",
    g="unisex",
    f=["curly hair", "sulfate-free"],
)
P(
    "shampoo",
    "Shampoo Johnson's Baby Cabelos Claros 400ml",
    "Johnson's",
    26.90,
    size="400ml",
    age=["baby", "kids"],
)
P(
    "shampoo",
    "Kérastase Nutritive Bain Satin Shampoo 250ml",
    "Kérastase",
    289.00,
    tb="kerastase",
    size="250ml",
    g="unisex",
    f=["dry hair"],
    d="Nutrição para cabelos secos e sensibilizados.",
)
P(
    "shampoo",
    "Kit 3 Shampoo Head & Shoulders Anticaspa Mentol 200ml",
    "Head&Shoulders",
    54.90,
    tb="head & shoulders",
    size="200ml",
    g="unisex",
    f=["anti-dandruff"],
)
P("shampoo", "Shampoo Antiqueda Clear Men 200ml", "Clear", 22.90, size="200ml", g="men", f=["anti-hair-loss"])
P(
    "shampoo",
    "Shampoo Infantil Turma da Mônica Suave 500ml",
    "Turma da Mônica",
    19.90,
    size="500ml",
    age=["kids"],
)
P(
    "shampoo",
    "Shampoo Anticaspa Nizoral Cetoconazol 2% 100ml",
    "Nizoral",
    59.90,
    size="100ml",
    g="unisex",
    f=["anti-dandruff"],
)

# hair dryer ----------------------------------------------------------------------------------
P(
    "hair dryer",
    "Secador de Cabelo Taiff New Smart 1700W",
    "Taiff",
    col=["preto"],
    var=volt(149.90),
    a={"Potência": "1700W"},
)
P(
    "hair dryer",
    "Secador Taiff Vulcan Red Ion 2300W Profissional",
    "Taiff",
    col=["vermelho"],
    f=["ionic"],
    var=volt(389.90),
    d="Motor AC profissional, emissão de íons negativos.",
)
P(
    "hair dryer",
    "Secador de Cabelo Philco PH3700 Pink 2000W",
    "Philco",
    col=["rosa"],
    f=["ionic"],
    var=volt(129.90),
)
P(
    "hair dryer",
    "Secador Mondial Max Travel SC-10 Bivolt Compacto",
    "Mondial",
    69.90,
    col=["preto"],
    f=["110v", "220v", "bivolt", "compact"],
)
P(
    "hair dryer",
    "Secador Britânia SP3900 Black 2000W",
    "Britânia",
    col=["preto"],
    var=volt(119.90),
    tb="britania",
)
P(
    "hair dryer",
    "Secador Gama Italy IQ Perfetto 220V",
    "Gama Italy",
    1199.00,
    col=["preto"],
    f=["ionic", "220v"],
)
P(
    "hair dryer",
    "Secador de Cabelo Dyson Supersonic HD15 Níquel/Cobre",
    "Dyson",
    col=["prata"],
    f=["ionic"],
    var=volt(3999.00),
    d="Controle inteligente de calor. Acompanha 5 acessórios magnéticos.",
)
P(
    "hair dryer",
    "Secador Babyliss Pro Nano Titanium 2000W",
    "Babyliss",
    col=["preto"],
    f=["ionic"],
    var=volt(599.90),
)
P("hair dryer", "Secador Mondial Black Purple 2000W SC-31", "Mondial", col=["roxo"], var=volt(99.90))
P("hair dryer", "Secador de Cabelo Wahl Super Dry 2000W", "Wahl", col=["preto"], var=volt(299.90))

# garden hose ---------------------------------------------------------------------------------
P(
    "garden hose",
    "Mangueira de Jardim Tramontina 15m com Esguicho e Engates",
    "Tramontina",
    89.90,
    col=["verde"],
    size="15m",
)
P(
    "garden hose",
    "Mangueira Tramontina 15 Metros Verde c/ Esguicho - Original",
    "Tramontina",
    94.90,
    col=["verde"],
    size="15m",
)
P(
    "garden hose",
    "Mangueira Tramontina Flex 30m Verde com Acessórios",
    "Tramontina",
    149.90,
    col=["verde"],
    size="30m",
)
P("garden hose", "Mangueira Tigre Flex 20m Laranja", "Tigre", 99.90, col=["laranja"], size="20m")
P(
    "garden hose",
    "Mangueira Mágica Expansível 15 metros com Esguicho 7 Jatos",
    "Flex Hose",
    59.90,
    col=["azul"],
    size="15m",
    f=["expandable"],
    d="Expande até 3x com a pressão da água e recolhe sozinha.",
)
P(
    "garden hose",
    "Kit Mangueira Gardena 20m + Carrinho Enrolador",
    "Gardena",
    599.90,
    col=["cinza", "laranja"],
    size="20m",
    f=["with reel"],
)
P(
    "garden hose",
    "Mangueira Herc Antitorção 50m Trançada",
    "Herc",
    229.90,
    col=["amarelo"],
    size="50m",
    f=["anti-kink"],
)
P(
    "garden hose",
    "Suporte Enrolador de Parede com Mangueira 25m Tramontina",
    "Tramontina",
    249.90,
    col=["verde"],
    size="25m",
    f=["with reel"],
)
P(
    "garden hose",
    "Mangueira Jardim Siliconada Cristal 10m",
    None,
    34.90,
    tb="",
    col=["transparente"],
    size="10m",
)

# plant pot -----------------------------------------------------------------------------------
P(
    "plant pot",
    "Vaso Autoirrigável Raiz Grande 30cm Branco",
    "Raiz",
    59.90,
    col=["branco"],
    size="30cm",
    f=["self-watering", "plastic"],
)
P(
    "plant pot",
    "Vaso de Cerâmica Decorativo Esmaltado 25cm Verde",
    "Japi",
    89.90,
    col=["verde"],
    size="25cm",
    f=["ceramic"],
)
P(
    "plant pot",
    "Kit 3 Vasos Plásticos Nutriplan 2,5L Preto",
    "Nutriplan",
    29.90,
    col=["preto"],
    size="2.5l",
    f=["plastic"],
)
P(
    "plant pot",
    "Vaso de Cimento Redondo Grande 40cm Cinza",
    "Atelier Vasos",
    149.90,
    col=["cinza"],
    size="40cm",
    f=["cement"],
)
P(
    "plant pot",
    "Vaso Autoirrigável Japi Médio 3 Litros Terracota",
    "Japi",
    39.90,
    col=["terracota"],
    size="3l",
    f=["self-watering", "plastic"],
)
P(
    "plant pot",
    "Vaso Cerâmica para Orquídea com Furo 15cm Branco",
    None,
    34.90,
    tb="",
    col=["branco"],
    size="15cm",
    f=["ceramic"],
)
P(
    "plant pot",
    "Cachepô de Fibra Natural Rattan 28cm",
    "Tok Casa",
    119.90,
    col=["marrom"],
    size="28cm",
    f=["natural fiber"],
)
P(
    "plant pot",
    "Vaso Plástico Redondo Nutriplan 60 Litros Preto",
    "Nutriplan",
    99.90,
    col=["preto"],
    size="60l",
    f=["plastic"],
)
P(
    "plant pot",
    "Kit 4 Vasos Autoirrigáveis Raiz Pequeno 16cm",
    "Raiz",
    size="16cm",
    f=["self-watering", "plastic"],
    var=cores(["branco", "verde", "rosa"], 69.90),
)

# drill ---------------------------------------------------------------------------------------
P(
    "drill",
    "Furadeira de Impacto Bosch GSB 550 RE 550W",
    "Bosch",
    col=["azul"],
    f=["impact", "corded"],
    var=volt(349.90, 359.90),
    a={"Potência": "550W", "Mandril": '1/2"'},
)
P(
    "drill",
    "Furadeira Bosch GSB 550 RE Impacto 550W 220V - Loja Oficial",
    "BOSCH",
    359.90,
    tb="bosch",
    col=["azul"],
    f=["impact", "corded", "220v"],
)
P(
    "drill",
    "Furadeira de Impacto Black+Decker TM500 560W",
    "Black+Decker",
    col=["laranja"],
    f=["impact", "corded"],
    var=volt(189.90),
)
P(
    "drill",
    "Parafusadeira e Furadeira Sem Fio Makita 12V DF333DWYE",
    "Makita",
    899.00,
    col=["azul"],
    f=["cordless"],
    d="2 baterias de 12V, carregador bivolt e maleta.",
)
P(
    "drill",
    "Furadeira Parafusadeira a Bateria 21V Vonder com Maleta e Kit Brocas",
    "Vonder",
    279.90,
    col=["laranja"],
    f=["cordless"],
)
P(
    "drill",
    "Furadeira Martelete Dewalt D25133K 800W SDS Plus",
    "Dewalt",
    col=["amarelo"],
    f=["impact", "hammer", "corded"],
    var=volt(1299.00, 1299.00),
)
P(
    "drill",
    "Furadeira de Impacto Mondial FFI-01 550W",
    "Mondial",
    col=["preto"],
    f=["impact", "corded"],
    var=volt(149.90),
)
P(
    "drill",
    "Furadeira de Impacto Tramontina Master 710W",
    "Tramontina",
    col=["laranja"],
    f=["impact", "corded"],
    var=volt(319.90),
)
P(
    "drill",
    "Parafusadeira Furadeira de Impacto Dewalt 20V Max DCD776",
    "Dewalt",
    1099.00,
    col=["amarelo"],
    f=["cordless", "impact"],
)
P(
    "drill",
    "Kit Furadeira Black+Decker HD555 550W + 100 Acessórios",
    "Black+Decker",
    col=["laranja"],
    f=["corded"],
    var=volt(279.90),
)

# phone charger -------------------------------------------------------------------------------
ANDROID = ["samsung", "xiaomi", "motorola", "android"]
P(
    "phone charger",
    "Carregador Samsung Super Rápido 25W USB-C Original Branco",
    "Samsung",
    89.90,
    col=["branco"],
    f=["fast charge", "usb-c"],
    fits=["samsung", "android"],
    a={"Potência": "25W", "Conector": "USB-C"},
)
P(
    "phone charger",
    "Carregador Apple 20W USB-C Original",
    "Apple",
    169.00,
    col=["branco"],
    f=["fast charge", "usb-c"],
    fits=["apple", "iphone"],
)
P(
    "phone charger",
    "Carregador iPhone Turbo 20W + Cabo Lightning",
    "i2GO",
    59.90,
    col=["branco"],
    f=["fast charge", "lightning"],
    fits=["apple", "iphone"],
)
P(
    "phone charger",
    "Carregador Xiaomi Turbo 33W USB-C com Cabo",
    "Xiaomi",
    79.90,
    col=["branco"],
    f=["fast charge", "usb-c"],
    fits=["xiaomi", "android"],
)
P(
    "phone charger",
    "Carregador Motorola TurboPower 30W USB-C",
    "Motorola",
    99.90,
    col=["preto"],
    f=["fast charge", "usb-c"],
    fits=["motorola", "android"],
)
P(
    "phone charger",
    "Carregador Sem Fio Indução Samsung 15W Preto",
    "Samsung",
    199.90,
    col=["preto"],
    f=["wireless", "fast charge"],
    fits=["samsung", "iphone", "android"],
)
P(
    "phone charger",
    "Carregador Veicular Baseus 65W USB-C + USB-A",
    "Baseus",
    149.90,
    col=["preto"],
    f=["car", "fast charge", "usb-c"],
    fits=ANDROID + ["iphone 15"],
)
P(
    "phone charger",
    "Carregador Anker Nano 30W USB-C GaN",
    "Anker",
    179.90,
    col=["branco"],
    f=["fast charge", "usb-c"],
    fits=ANDROID + ["iphone"],
)
P(
    "phone charger",
    "Carregador Turbo Tipo C 25W para Samsung Galaxy A54 S23",
    "ELG",
    39.90,
    col=["preto"],
    f=["fast charge", "usb-c"],
    fits=["samsung", "galaxy a54", "galaxy s23", "android"],
)
P(
    "phone charger",
    "Carregador Rápido Compatível iPhone 11 12 13 14 Cabo Lightning 20W",
    None,
    34.90,
    tb="",
    col=["branco"],
    f=["fast charge", "lightning"],
    fits=["iphone"],
)
P(
    "phone charger",
    "Carregador MagSafe Apple 15W",
    "Apple",
    349.00,
    col=["branco"],
    f=["wireless", "magsafe"],
    fits=["apple", "iphone 12", "iphone 13", "iphone 14", "iphone 15"],
)

# headphones ----------------------------------------------------------------------------------
P(
    "headphones",
    "Fone de Ouvido JBL Tune 520BT Bluetooth",
    "JBL",
    f=["wireless", "on-ear"],
    var=cores(["preto", "azul", "branco"], 299.90),
    a={"Bateria": "até 57 horas", "Conexão": "Bluetooth 5.3"},
)
P(
    "headphones",
    "JBL Tune 520BT Fone Bluetooth On-ear Preto Original",
    "JBL",
    289.90,
    col=["preto"],
    f=["wireless", "on-ear"],
)
P("headphones", "Fone JBL Wave Buds TWS Bluetooth", "JBL", 249.90, col=["preto"], f=["wireless", "in-ear"])
P(
    "headphones",
    "Fone JBL Endurance Race TWS Esportivo à Prova d'Água",
    "JBL",
    349.90,
    col=["preto"],
    f=["wireless", "in-ear", "sport", "waterproof"],
)
P(
    "headphones",
    "Fone de Ouvido Sony WH-1000XM5 com Cancelamento de Ruído",
    "Sony",
    f=["wireless", "noise cancelling", "over-ear"],
    var=cores(["preto", "prata"], 2299.00),
)
P(
    "headphones",
    "Apple AirPods Pro (2ª geração) com Estojo USB-C",
    "Apple",
    2199.00,
    col=["branco"],
    f=["wireless", "noise cancelling", "in-ear"],
)
P(
    "headphones",
    "Fone Samsung Galaxy Buds FE Grafite",
    "Samsung",
    399.90,
    col=["grafite"],
    f=["wireless", "noise cancelling", "in-ear"],
)
P(
    "headphones",
    "Fone Bluetooth Xiaomi Redmi Buds 4 Active",
    "Xiaomi",
    149.90,
    col=["preto"],
    f=["wireless", "in-ear"],
)
P(
    "headphones",
    "Fone de Ouvido QCY T13 TWS Bluetooth 5.3",
    "QCY",
    99.90,
    col=["preto"],
    f=["wireless", "in-ear"],
)
P("headphones", "Fone com Fio JBL Tune 110 P2 Preto", "JBL", 59.90, col=["preto"], f=["wired", "in-ear"])
P(
    "headphones",
    "Fone de Ouvido Philips TAUE101 com Fio Intra-auricular",
    "Philips",
    29.90,
    col=["preto"],
    f=["wired", "in-ear"],
)
P(
    "headphones",
    "Headphone Edifier W820NB Plus ANC Bluetooth",
    "Edifier",
    399.90,
    col=["preto"],
    f=["wireless", "noise cancelling", "over-ear"],
)
P(
    "headphones",
    "Fone Esportivo Shokz OpenMove Condução Óssea IP55",
    "Shokz",
    599.90,
    col=["cinza"],
    f=["wireless", "sport", "water resistant"],
)
P(
    "headphones",
    "Fone Apple EarPods com Conector USB-C",
    "Apple",
    149.00,
    col=["branco"],
    f=["wired", "in-ear"],
)

# phone case ----------------------------------------------------------------------------------
P(
    "phone case",
    "Capa Capinha iPhone 13 Anti Impacto Transparente",
    "Gshield",
    39.90,
    col=["transparente"],
    f=["shockproof", "clear"],
    fits=["apple", "iphone 13"],
)
P(
    "phone case",
    "Capa de Silicone Apple com MagSafe para iPhone 14 Azul",
    "Apple",
    449.00,
    col=["azul"],
    f=["magsafe", "silicone"],
    fits=["apple", "iphone 14"],
)
P(
    "phone case",
    "Capa Spigen Ultra Hybrid iPhone 15 Pro Transparente",
    "Spigen",
    199.90,
    col=["transparente"],
    f=["shockproof", "clear"],
    fits=["apple", "iphone 15 pro"],
)
P(
    "phone case",
    "Capinha Galaxy S23 Silicone Aveludado",
    None,
    tb="",
    f=["silicone"],
    fits=["samsung", "galaxy s23"],
    var=cores(["preto", "rosa", "azul"], 29.90),
)
P(
    "phone case",
    "Capa Anti Impacto Samsung Galaxy A54 com Suporte",
    "Gshield",
    49.90,
    col=["preto"],
    f=["shockproof"],
    fits=["samsung", "galaxy a54"],
)
P(
    "phone case",
    "Capa Carteira Redmi Note 12 Couro Sintético",
    None,
    tb="",
    f=["wallet", "faux leather"],
    fits=["xiaomi", "redmi note 12"],
    var=cores(["preto", "marrom"], 34.90),
)
P(
    "phone case",
    "Capa Moto G84 Transparente Anti Shock",
    None,
    24.90,
    tb="",
    col=["transparente"],
    f=["shockproof", "clear"],
    fits=["motorola", "moto g84"],
)
P(
    "phone case",
    "Capa Otterbox Defender iPhone 13 Preta",
    "Otterbox",
    299.90,
    col=["preta"],
    f=["shockproof"],
    fits=["apple", "iphone 13"],
    d="Proteção em 3 camadas com clipe de cinto.",
)
P(
    "phone case",
    "Capa Silicone iPhone 13 Aveludada Interior Microfibra",
    None,
    tb="",
    f=["silicone"],
    fits=["apple", "iphone 13"],
    var=cores(["rosa", "preto", "lilás"], 29.90),
)
P(
    "phone case",
    "Capa Samsung Galaxy S23 Clear Cover Original",
    "Samsung",
    149.90,
    col=["transparente"],
    f=["clear"],
    fits=["samsung", "galaxy s23"],
)
P(
    "phone case",
    "Capinha Case iPhone 14 Pro Max MagSafe Transparente",
    "Gshield",
    69.90,
    col=["transparente"],
    f=["clear", "magsafe"],
    fits=["apple", "iphone 14 pro max"],
)
P(
    "phone case",
    "Capa Carteira iPhone 13 Couro Legítimo Marrom",
    "Pielle",
    159.90,
    col=["marrom"],
    f=["wallet", "leather"],
    fits=["apple", "iphone 13"],
)


# ---------------------------------------------------------------------------------------------
# Queries: (kind, query, intent). Intent keys: t types, rel related types, g gender, age (any of),
# sp species, c colours (any of), b brands (any of), minp/maxp BRL, xb/xc/xf excluded brands,
# colours, features, size, f features (all), fits device; {"b": [...], "bare": true} bare brand.
# ---------------------------------------------------------------------------------------------
Q = []


def q(kind, text, **intent):
    Q.append((kind, text, intent))


# descriptive
q("descriptive", "algo pra manter a água gelada na trilha", t=["thermos bottle"], f=["keeps cold"])
q("descriptive", "meu gato arranha o sofá todo, o que comprar?", t=["cat scratcher"])
q("descriptive", "proteger meu cachorro de pulgas e carrapatos", t=["collar"], sp="dog", f=["anti-flea"])
q(
    "descriptive",
    "acampar com a família de 4 pessoas mesmo com chuva",
    t=["tent"],
    size="4 people",
    f=["waterproof"],
)
q(
    "descriptive",
    "levar o notebook pro trabalho de bicicleta sem molhar",
    t=["backpack"],
    f=["laptop", "waterproof"],
)
q("descriptive", "pedalar à noite com segurança", t=["bike light"], rel=["bike helmet"])
q("descriptive", "bebê com cólica na hora de mamar", t=["baby bottle"], f=["anti-colic"])
q(
    "descriptive",
    "passear com o bebê no shopping, algo que feche fácil e caiba no porta-malas",
    t=["stroller"],
    f=["compact"],
)
q("descriptive", "cabelo cacheado que precisa de definição", t=["shampoo"], f=["curly hair"])
q("descriptive", "praia com criança pequena, proteger a pele", t=["sunscreen"], age=["kids"])
q("descriptive", "regar o jardim sem ficar enrolando a mangueira no chão", t=["garden hose"], f=["with reel"])
q("descriptive", "minhas plantas ficam sem água quando eu viajo", t=["plant pot"], f=["self-watering"])
q("descriptive", "fazer furo em parede de concreto pra pendurar prateleira", t=["drill"], f=["impact"])
q("descriptive", "carregar o celular no carro durante a viagem", t=["phone charger"], f=["car"])
q("descriptive", "ouvir música correndo sem fio caindo da orelha", t=["headphones"], f=["wireless", "sport"])
q("descriptive", "fralda que aguente a noite toda sem vazar", t=["diaper"], f=["overnight"])
q("descriptive", "idoso com incontinência urinária", t=["diaper"], age=["adult"])
q("descriptive", "secador que funcione em qualquer tomada quando eu viajar", t=["hair dryer"], f=["bivolt"])
q(
    "descriptive",
    "comida pro meu cachorro velhinho de porte pequeno",
    t=["dog food"],
    age=["senior"],
    f=["small breed"],
)
q(
    "descriptive",
    "escutar podcast no ônibus sem ouvir o barulho da rua",
    t=["headphones"],
    f=["noise cancelling"],
)
q("descriptive", "evitar que o gato espalhe areia pela casa toda", t=["litter box"], f=["covered"])
q("descriptive", "levar café quentinho pro trabalho", t=["thermos bottle"], f=["keeps hot"])

# brand
q("brand", "Pedigree", b=["pedigree"], bare=True)
q("brand", "Stanley", b=["stanley"], bare=True)
q("brand", "JBL", b=["jbl"], bare=True)
q("brand", "Taiff", b=["taiff"], bare=True)
q("brand", "Pampers", b=["pampers"], bare=True)
q("brand", "Bosch", b=["bosch"], bare=True)
q("brand", "La Roche-Posay", b=["la roche-posay"], bare=True)
q("brand", "Nautika", b=["nautika"], bare=True)
q("brand", "Royal Canin", b=["royal canin"], bare=True)
q("brand", "Mizuno", b=["mizuno"], bare=True)
q("brand", "Tramontina", b=["tramontina"], bare=True)
q("brand", "ração golden", t=["dog food", "cat food"], b=["golden"])
q("brand", "fone sony", t=["headphones"], b=["sony"])
q("brand", "furadeira makita", t=["drill"], b=["makita"])
q("brand", "garrafa termolar", t=["thermos bottle"], b=["termolar"])
q("brand", "carrinho burigotto", t=["stroller"], b=["burigotto"])
q("brand", "capa otterbox", t=["phone case"], b=["otterbox"])

# price
q("price", "ração pra gato até 100 reais", t=["cat food"], maxp=100)
q("price", "secador acima de R$ 200", t=["hair dryer"], minp=200)
q("price", "mochila entre 50 e 120 reais", t=["backpack"], minp=50, maxp=120)
q("price", "fone bluetooth barato até 150", t=["headphones"], f=["wireless"], maxp=150)
q("price", "barraca até 300 reais", t=["tent"], maxp=300)
q("price", "carrinho de bebê até 1000 reais", t=["stroller"], maxp=1000)
q("price", "tênis de corrida masculino até 500", t=["running shoes"], g="men", age=["adult"], maxp=500)
q("price", "furadeira de impacto até R$ 250", t=["drill"], f=["impact"], maxp=250)
q("price", "garrafa térmica stanley abaixo de 400", t=["thermos bottle"], b=["stanley"], maxp=400)
q("price", "protetor solar facial até 80 reais", t=["sunscreen"], f=["facial"], maxp=80)
q("price", "ração cachorro 15kg até 200 reais", t=["dog food"], size="15kg", maxp=200)
q("price", "capa iphone 13 até 50 reais", t=["phone case"], fits="iphone 13", maxp=50)
q("price", "arranhador para gato de 100 a 400 reais", t=["cat scratcher"], minp=100, maxp=400)
q("price", "fralda pampers por menos de 100 reais", t=["diaper"], b=["pampers"], maxp=100)
q(
    "price",
    "carregador turbo pra samsung até 100",
    t=["phone charger"],
    fits="samsung",
    f=["fast charge"],
    maxp=100,
)
q("price", "shampoo acima de 50 reais", t=["shampoo"], minp=50)
q("price", "caixa de areia automática acima de 1000 reais", t=["litter box"], f=["automatic"], minp=1000)

# typo
q("typo", "shampo anticaspa", t=["shampoo"], f=["anti-dandruff"])
q("typo", "furadera", t=["drill"])
q("typo", "mamadera anti colica", t=["baby bottle"], f=["anti-colic"])
q("typo", "raçao golden filhote", t=["dog food", "cat food"], b=["golden"], age=["puppy", "kitten"])
q("typo", "secadr de cabelo", t=["hair dryer"])
q("typo", "barraca de campin 4 pessoas", t=["tent"], size="4 people")
q("typo", "carregado iphone", t=["phone charger"], fits="iphone")
q("typo", "fone de ovido bluetooth", t=["headphones"], f=["wireless"])
q("typo", "protetor solar infatil", t=["sunscreen"], age=["kids"])
q("typo", "mangeira 30 metros", t=["garden hose"], size="30m")
q("typo", "coleira anti pulga gato", t=["collar"], sp="cat", f=["anti-flea"])
q("typo", "garafa termica 1 litro", t=["thermos bottle"], size="1l")
q("typo", "carinho de bebe guarda chuva", t=["stroller"], f=["compact"])
q("typo", "arranhado para gato", t=["cat scratcher"])
q("typo", "caxa de areia fechada", t=["litter box"], f=["covered"])
q("typo", "fralda pampes rn", t=["diaper"], b=["pampers"], size="RN")

# other_language
q("other_language", "dog food for puppies", t=["dog food"], age=["puppy"])
q("other_language", "waterproof hiking backpack", t=["backpack"], f=["hiking", "waterproof"])
q("other_language", "noise cancelling headphones", t=["headphones"], f=["noise cancelling"])
q("other_language", "women's running shoes", t=["running shoes"], g="women", age=["adult"])
q("other_language", "cat litter box with lid", t=["litter box"], f=["covered"])
q("other_language", "sunscreen for kids", t=["sunscreen"], age=["kids"])
q("other_language", "cordless drill", t=["drill"], f=["cordless"])
q("other_language", "zapatillas para correr de mujer", t=["running shoes"], g="women", age=["adult"])
q("other_language", "comida para gatos castrados", t=["cat food"], f=["neutered"])
q("other_language", "tienda de campaña para 4 personas", t=["tent"], size="4 people")
q("other_language", "secador de pelo iónico", t=["hair dryer"], f=["ionic"])
q("other_language", "manguera de jardín de 20 metros", t=["garden hose"], size="20m")
q("other_language", "biberón anticólicos", t=["baby bottle"], f=["anti-colic"])
q("other_language", "猫砂盆", t=["litter box"])
q("other_language", "无线耳机", t=["headphones"], f=["wireless"])
q("other_language", "婴儿推车", t=["stroller"])
q("other_language", "Kinderwagen", t=["stroller"])
q("other_language", "Bohrmaschine 220V", t=["drill"], f=["220v"])
q("other_language", "Sonnencreme LSF 50", t=["sunscreen"], f=["spf 50+"])

# negation
q("negation", "coleira que não seja de couro", t=["collar"], xf=["leather"])
q("negation", "fone sem fio mas não da JBL", t=["headphones"], f=["wireless"], xb=["jbl"])
q("negation", "mochila que não seja preta", t=["backpack"], xc=["black"])
q("negation", "ração para cães sem grãos", t=["dog food"], f=["grain-free"])
q("negation", "secador que não seja da Taiff", t=["hair dryer"], xb=["taiff"])
q("negation", "tênis de corrida que não seja Nike", t=["running shoes"], xb=["nike"])
q(
    "negation",
    "capa pro iphone 13 que não seja transparente",
    t=["phone case"],
    fits="iphone 13",
    xf=["clear"],
)
q("negation", "carregador pra iphone sem ser da Apple", t=["phone charger"], fits="iphone", xb=["apple"])
q(
    "negation",
    "fralda infantil tamanho G que não seja Pampers",
    t=["diaper"],
    size="G",
    age=["baby"],
    xb=["pampers"],
)
q("negation", "protetor solar facial sem cor", t=["sunscreen"], f=["facial"], xf=["tinted"])
q("negation", "furadeira sem fio que não seja Makita", t=["drill"], f=["cordless"], xb=["makita"])
q("negation", "barraca pra 4 pessoas que não seja da Nautika", t=["tent"], size="4 people", xb=["nautika"])
q("negation", "garrafa térmica que não seja rosa", t=["thermos bottle"], xc=["pink"])
q("negation", "vaso que não seja de plástico", t=["plant pot"], xf=["plastic"])

# accessory
q("accessory", "capa pro iphone 13", t=["phone case"], fits="iphone 13")
q("accessory", "carregador pro samsung", t=["phone charger"], fits="samsung")
q("accessory", "capinha galaxy s23", t=["phone case"], fits="galaxy s23")
q("accessory", "carregador para iphone 13", t=["phone charger"], fits="iphone 13")
q("accessory", "capa para redmi note 12", t=["phone case"], fits="redmi note 12")
q("accessory", "capa moto g84", t=["phone case"], fits="moto g84")
q("accessory", "carregador xiaomi turbo", t=["phone charger"], fits="xiaomi", f=["fast charge"])
q("accessory", "capa magsafe iphone 14", t=["phone case"], fits="iphone 14", f=["magsafe"])
q("accessory", "carregador sem fio para iphone", t=["phone charger"], fits="iphone", f=["wireless"])
q("accessory", "lanterna para bicicleta", t=["bike light"])
q("accessory", "capa para celular samsung a54", t=["phone case"], fits="galaxy a54")
q("accessory", "carregador veicular para celular motorola", t=["phone charger"], fits="motorola", f=["car"])

# gender / age
q("gender", "tênis de corrida feminino", t=["running shoes"], g="women", age=["adult"])
q("gender", "tênis de corrida masculino", t=["running shoes"], g="men", age=["adult"])
q("gender", "fralda recém-nascido", t=["diaper"], age=["newborn"])
q("gender", "fralda geriátrica", t=["diaper"], age=["adult"])
q("gender", "tênis de corrida infantil", t=["running shoes"], age=["kids"])
q("gender", "capacete de bike infantil", t=["bike helmet"], age=["kids"])
q("gender", "mochila feminina", t=["backpack"], g="women")
q("gender", "shampoo masculino", t=["shampoo"], g="men")
q("gender", "ração para filhote de cachorro", t=["dog food"], age=["puppy"])
q("gender", "ração gato sênior", t=["cat food"], age=["senior"])
q("gender", "protetor solar infantil", t=["sunscreen"], age=["kids"])
q("gender", "mochila escolar infantil", t=["backpack"], age=["kids"])
q("gender", "shampoo para bebê", t=["shampoo"], age=["baby"])

# short
q("short", "barraca", t=["tent"])
q("short", "mamadeira", t=["baby bottle"])
q("short", "fone bluetooth", t=["headphones"], f=["wireless"])
q("short", "vaso", t=["plant pot"])
q("short", "coleira", t=["collar"])
q("short", "secador", t=["hair dryer"])
q("short", "ração gato", t=["cat food"])
q("short", "carregador", t=["phone charger"])
q("short", "mangueira", t=["garden hose"])
q("short", "protetor solar", t=["sunscreen"])
q("short", "arranhador", t=["cat scratcher"])
q("short", "capacete bike", t=["bike helmet"])
q("short", "fralda", t=["diaper"])
q("short", "garrafa térmica", t=["thermos bottle"])

# no_answer
q("no_answer", "geladeira frost free 400 litros")
q("no_answer", "ração para peixe betta")
q("no_answer", "barraca para 12 pessoas", t=["tent"], size="12 people")
q("no_answer", "secador Dyson até 500 reais", t=["hair dryer"], b=["dyson"], maxp=500)
q("no_answer", "fone de ouvido Bose", t=["headphones"], b=["bose"])


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "-" for ch in s.upper()).strip("-")


def norm_size(s):
    return str(s).lower().replace(" ", "").replace(",", ".")


def as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def price_up(x):
    """A retail-looking price near x: .90 endings under 1000, whole reais above."""
    if x >= 1000:
        return float(int(x // 10 * 10 + 9))
    return float(int(x)) + 0.90


SIZE_KEY = {
    "dog food": "Peso",
    "cat food": "Peso",
    "thermos bottle": "Capacidade",
    "tent": "Capacidade",
    "backpack": "Volume",
    "garden hose": "Comprimento",
    "plant pot": "Tamanho",
    "baby bottle": "Volume",
    "sunscreen": "Conteúdo",
    "shampoo": "Conteúdo",
    "cat scratcher": "Altura",
}
MATERIAL = {
    "leather": "Couro",
    "faux leather": "Couro sintético",
    "nylon": "Nylon",
    "sisal": "Sisal",
    "cardboard": "Papelão",
    "ceramic": "Cerâmica",
    "plastic": "Plástico",
    "cement": "Cimento",
    "stainless steel": "Aço inox",
    "silicone": "Silicone",
    "glass": "Vidro",
}
GENDER_PT = {"men": "Masculino", "women": "Feminino", "unisex": "Unissex"}


def derive_attrs(s):
    """Seller-style attributes from what the listing is (not every listing has them)."""
    a = {}
    if s["type"] in SIZE_KEY and isinstance(s["size"], str):
        v = s["size"].replace("people", "pessoas")
        a[SIZE_KEY[s["type"]]] = v
    mats = [MATERIAL[f] for f in s["f"] if f in MATERIAL]
    if mats:
        a["Material"] = mats[0]
    if s["g"] and s["type"] == "running shoes":
        a["Gênero"] = GENDER_PT[s["g"]]
    if "bivolt" in s["f"]:
        a["Voltagem"] = "Bivolt"
    if s["col"] and len(s["col"]) == 1:
        a["Cor"] = s["col"][0].title()
    return a


def build(rng):
    specs = list(SPECS)
    rng.shuffle(specs)
    n = len(specs)
    oos = set(rng.sample(range(n), round(n * 0.10)))
    products, truths = [], []
    for i, s in enumerate(specs):
        pid = "%s-%04d" % (PREFIX, i + 1)
        cat = s["cat"] or rng.choice(CATEGORIES[s["type"]])
        if s["type"] == "diaper" and "adult" in as_list(s["age"]):
            cat = rng.choice(["saude", "farmacia", "Saúde > Incontinência"])
        title = s["title"]
        r = rng.random()
        if r < 0.05:
            title = title.upper()
        elif r < 0.10:
            title += rng.choice([" - Envio Imediato", " | Original", " Promoção", " - Frete Grátis"])
        prod = {"id": pid, "title": title, "currency": "BRL"}
        colours = [COLOURS[c] for c in s["col"]]
        size_list = [norm_size(x) if not str(x).isupper() else str(x) for x in as_list(s["size"])]
        feats = list(s["f"])
        ages = as_list(s["age"])
        stock_prices = []
        if s["var"]:
            variants = []
            same = len({v["p"] for v in s["var"]}) == 1
            top_price = same and rng.random() < 0.5
            for v in s["var"]:
                sku = pid + "-" + "-".join(slug(str(x)) for x in v["o"].values())
                stock = 0 if (i in oos or rng.random() < 0.2) else rng.randint(1, 60)
                vd = {"sku": sku, "options": dict(v["o"])}
                if not top_price:
                    vd["price"] = v["p"]
                vd["stock"] = stock
                variants.append(vd)
                stock_prices.append((stock, v["p"]))
                if "c" in v and COLOURS[v["c"]] not in colours:
                    colours.append(COLOURS[v["c"]])
                if "size" in v:
                    sz = v["size"] if str(v["size"]).isupper() else norm_size(v["size"])
                    if sz not in size_list:
                        size_list.append(sz)
                for fe in v.get("f", []):
                    if fe not in feats:
                        feats.append(fe)
                for a in v.get("age", []):
                    if a not in ages:
                        ages.append(a)
            if i not in oos and all(st == 0 for st, _ in stock_prices):
                variants[0]["stock"] = 5
                stock_prices[0] = (5, stock_prices[0][1])
            if top_price:
                prod["price"] = s["var"][0]["p"]
            prod["variants"] = variants
        else:
            stock = (
                0
                if i in oos
                else rng.choice([rng.randint(1, 15), rng.randint(10, 120), rng.randint(50, 400)])
            )
            prod["price"] = s["price"]
            prod["stock"] = stock
            stock_prices.append((stock, s["price"]))
        if rng.random() < 0.15:
            base = prod.get("price") or max(p for _, p in stock_prices)
            prod["compare_at_price"] = price_up(base * rng.choice([1.15, 1.25, 1.4]))
        if s["brand"]:
            prod["brand"] = s["brand"]
        prod["category"] = cat
        if rng.random() >= 0.40:
            prod["description"] = s["d"] or rng.choice(GENERIC_DESC[s["type"]])
        if rng.random() < 0.88:
            prod["rating"] = round(rng.uniform(3.4, 5.0), 1)
            prod["review_count"] = rng.choice(
                [rng.randint(1, 30), rng.randint(20, 400), rng.randint(300, 6000)]
            )
        r = rng.random()
        if s["a"] and r < 0.7:
            prod["attributes"] = dict(s["a"])
        elif r < 0.40:
            derived = derive_attrs(s)
            if derived:
                prod["attributes"] = derived
        products.append(prod)

        in_stock = [p for st, p in stock_prices if st > 0]
        span = in_stock or [p for _, p in stock_prices]
        tb = s["tb"] if s["tb"] is not None else (s["brand"] or "").lower()
        tr = {"id": pid, "type": s["type"]}
        sp = s["sp"] or {
            "dog food": "dog",
            "cat food": "cat",
            "cat scratcher": "cat",
            "litter box": "cat",
        }.get(s["type"])
        if sp:
            tr["species"] = sp
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
    if req in fits:
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
        elif not ages or "all" in ages:
            misses += 1
        else:
            return 0
    if "sp" in it:
        sp = tr.get("species")
        if sp and sp != it["sp"]:
            return 0
        if not sp:
            misses += 1
    if "c" in it and not set(cols) & set(it["c"]):
        misses += 1
    if "b" in it and tr["brand"] not in it["b"]:
        misses += 1
    if "size" in it:
        sizes_ = [str(x) for x in as_list(tr["size"])]
        want = it["size"] if str(it["size"]).isupper() else norm_size(it["size"])
        if want not in sizes_:
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
        intent_out = {k: v for k, v in intent.items()}
        rows.append(
            {
                "id": "BQ%03d" % (n + 1),
                "query": text,
                "kind": kind,
                "split": split[n],
                "judgments": j,
                "intent": intent_out,
            }
        )
    return rows


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(products, truths, queries):
    from collections import Counter

    types = Counter(t["type"] for t in truths)
    nvar = sum(len(p.get("variants", [])) for p in products)
    nodesc = sum(1 for p in products if "description" not in p)
    oos = sum(
        1
        for p in products
        if (p.get("stock", 0) == 0 if "variants" not in p else all(v["stock"] == 0 for v in p["variants"]))
    )
    norat = sum(1 for p in products if "rating" not in p)
    nattr = sum(1 for p in products if "attributes" in p)
    prices = [t["price_min"] for t in truths] + [t["price_max"] for t in truths]
    kinds = Counter((q_["kind"], q_["split"]) for q_ in queries)
    kind_names = []
    for q_ in queries:
        if q_["kind"] not in kind_names:
            kind_names.append(q_["kind"])
    lines = [
        "# bazar_ptbr: Brazilian general store (pt-BR, BRL)",
        "",
        "A held-out evaluation catalog written without looking at how the search works: a Brazilian",
        "marketplace-style general store in Portuguese with pet supplies, sports/outdoor, baby, beauty,",
        "home/garden and phone accessories. Titles are marketplace-style (brand first or last, sizes and",
        'volumes in the title, some upper-case, some with "- Envio Imediato"), categories mix flat slugs',
        "(`pet-shop`, `esporte-lazer`, `bebes`) with a few paths (`Casa > Jardim`, `Pet > Gatos`), the",
        "same product appears in two sizes as two listings, and near-duplicate listings by different",
        "sellers spell the brand differently (`GOLDEN`, `GRAN PLUS`, `Head&Shoulders`, `Sao Pet`).",
        "",
        "Generated by `make.py` (standard library only, seed %d, byte-identical on every run):" % SEED,
        "",
        "    /usr/bin/python3 bench/catalogs/bazar_ptbr/make.py           # rewrite the files here",
        "    /usr/bin/python3 bench/catalogs/bazar_ptbr/make.py --out DIR # somewhere else",
        "",
        "## Files",
        "",
        "- `products.jsonl`: import format (docs/catalog.md), currency BRL.",
        "- `truth.jsonl`: hidden ground truth per product, **for grading only**: `type` (English),",
        "  `species`, `gender`, `age group` (list) where relevant, `colours`, `brand` (canonical, lower",
        '  case, "" for unbranded), `size` (a string, a list when variants differ, or null), `features`,',
        "  `fits` (phone accessories), `price_min`/`price_max` (over in-stock SKUs when any is in stock).",
        "  Variant products take the union of their variants' colours, sizes and features (`110v`/`220v`).",
        "- `queries.jsonl`: `{id, query, kind, split, judgments, intent}` as in ../README.md.",
        "",
        "## Counts",
        "",
        "- products: %d (%d variant SKUs), %d product types" % (len(products), nvar, len(types)),
        "- without description: %d (%.0f%%); with attributes: %d; without rating: %d; out of stock: %d"
        % (nodesc, 100.0 * nodesc / len(products), nattr, norat, oos),
        f"- prices: {min(prices):.2f} .. {max(prices):.2f} BRL",
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
        "## Grades",
        "",
        "Computed by `grade()` in make.py from the truth record and the intent only, following",
        "../README.md: 0 breaks a price bound, an exclusion (`xb` brand, `xc` colour: all of the",
        "product's colours excluded, `xf` feature such as `leather` or `clear`) or is made for another",
        "gender or age group; 3 type asked and every requirement met; 2 one miss; 1 more misses, or a",
        "related type (`rel`) with no miss. A gender-neutral item on a gendered request, or an item with",
        'no age group (or "all ages") on an age request, is one miss. Choices made here: a product',
        "made for another species than asked (a cat collar on a dog request) is 0, like gender;",
        'gendered adult requests ("tênis de corrida feminino") state `age: [adult]` too, so kids\' shoes',
        "are 0 there; `filhote` asks for `puppy` or `kitten`; phone-case fit is by model (`iphone 13`),",
        "a charger marked `iphone` fits every iPhone. A bare brand query grades every product of that",
        "brand 3 and every other product 0. Queries without a grade-3 product are dropped (stderr),",
        "except `no_answer`. Split: about 40% of each kind `heldout` (seeded shuffle per kind).",
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
