import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Extracts and resolves `text` (one block per line).
private func resolve(_ text: String) -> (mentions: [Mention], aliases: [Alias]) {
    let buffer = TextBuffer(text)
    let document = Tokenizer.document(text: buffer, blocks: Cleaner().contentBlocks(in: buffer))
    return Resolver().resolve(EntityExtractor().mentions(in: document), in: document)
}

@Test func firstNameJoinsFullName() {
    let (mentions, aliases) = resolve("Ms Zhanargul Zhumatai was detained. Zhanargul had feared it.")
    #expect(mentions.filter { $0.text == "Zhanargul" }.map(\.entity) == ["Zhanargul Zhumatai"])
    #expect(
        aliases == [Alias(name: "Zhanargul", entity: "Zhanargul Zhumatai", kind: .person, reason: "alias.first-name")])
}

@Test func surnameAfterTitleJoinsFullName() {
    let (mentions, aliases) = resolve("Ms Zhanargul Zhumatai was detained. Police visited Ms Zhumatai twice.")
    #expect(mentions.map(\.entity) == ["Zhanargul Zhumatai", "Zhanargul Zhumatai"])
    #expect(aliases.map(\.reason) == ["alias.surname"])
}

@Test func possessiveJoinsFullName() {
    let (mentions, _) = resolve("Ms Zhanargul Zhumatai was detained. Zhanargul’s sister filmed it.")
    #expect(mentions.last?.text == "Zhanargul")
    #expect(mentions.last?.entity == "Zhanargul Zhumatai")
}

@Test func ambiguousShortFormStaysAlone() {
    let (mentions, aliases) = resolve("Mr Erlan Sadykov met Mr Dauren Sadykov. Later Sadykov left.")
    #expect(mentions.last?.text == "Sadykov")
    #expect(mentions.last?.entity == "Sadykov")
    #expect(aliases.isEmpty)
}

@Test func acronymInParenthesesJoinsExpansion() {
    let (mentions, aliases) = resolve("Officials of the Chinese Communist Party (CCP) met. The CCP denied it.")
    #expect(
        mentions.filter { $0.text == "CCP" }.map(\.entity) == ["Chinese Communist Party", "Chinese Communist Party"])
    // The definition in parentheses, which the store applies to every article, then the initials of the second.
    #expect(aliases.map(\.reason) == ["alias.acronym-defined", "alias.acronym"])
    #expect(aliases.allSatisfy { $0.entity == "Chinese Communist Party" })
}

@Test func acronymOfSyllablesInParenthesesJoinsItsName() {
    let (mentions, aliases) = resolve(
        "Profits at <Saudi American Bank> (SAMBA) fell. SAMBA opened a branch in London.")
    // The definition joins the acronym where it is written; the store applies it to the acronym's other mentions.
    #expect(mentions.filter { $0.text == "SAMBA" }.first?.entity == "Saudi American Bank")
    #expect(aliases.map(\.reason) == ["alias.acronym-defined"])
    #expect(aliases.first?.entity == "Saudi American Bank")
}

@Test func syllableAcronymsNeedEveryWordToGiveItsBeginning() {
    #expect(Resolver.spellsByPrefixes("SAMBA", ["Saudi", "American", "Bank"]))
    #expect(Resolver.spellsByPrefixes("NABISCO", ["National", "Biscuit", "Company"]))
    #expect(Resolver.spellsByPrefixes("SABA", ["Saudi", "Bank"]))
    // A word that gives no beginning, letters out of order, a lower-case acronym, two letters, one word: no.
    #expect(!Resolver.spellsByPrefixes("SMB", ["Saudi", "American", "Bank"]))
    #expect(!Resolver.spellsByPrefixes("SAUB", ["Saudi", "American", "Bank"]))
    #expect(!Resolver.spellsByPrefixes("BASA", ["Saudi", "American", "Bank"]))
    #expect(!Resolver.spellsByPrefixes("Samba", ["Saudi", "American", "Bank"]))
    #expect(!Resolver.spellsByPrefixes("SA", ["Saudi", "American"]))
    #expect(!Resolver.spellsByPrefixes("SAMBA", ["Samba"]))
}

@Test func acronymMatchingInitialsJoinsWithoutParentheses() {
    let (mentions, aliases) = resolve("Officials of the Chinese Communist Party met. The CCP denied it.")
    #expect(mentions.map(\.entity) == ["Chinese Communist Party", "Chinese Communist Party"])
    #expect(aliases.map(\.reason) == ["alias.acronym"])
}

@Test func acronymWithOtherInitialsDoesNotJoin() {
    let (mentions, _) = resolve("The Chinese Communist Party met. NATO denied it.")
    #expect(mentions.first { $0.text == "NATO" }?.entity == "NATO")
}

@Test func groupFormJoinsGroupName() {
    let (mentions, aliases) = resolve("She met a Kazakh. Many Kazakhs came.")
    #expect(mentions.map(\.entity) == ["Kazakhs", "Kazakhs"])
    #expect(aliases == [Alias(name: "Kazakh", entity: "Kazakhs", kind: .group, reason: "alias.group-form")])
}
