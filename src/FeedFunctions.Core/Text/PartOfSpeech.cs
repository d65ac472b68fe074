namespace FeedFunctions.Text;

/// <summary>Coarse word classes: the distinctions keyphrase extraction needs (Penn Treebank tags folded together).</summary>
public enum PartOfSpeech
{
    /// <summary>Anything the keyphrase grammar does not use (punctuation, symbols, interjections, foreign words).</summary>
    Other,
    /// <summary>Common noun, singular or plural (NN, NNS).</summary>
    Noun,
    /// <summary>Proper noun (NNP, NNPS).</summary>
    ProperNoun,
    /// <summary>Adjective in its base form (JJ).</summary>
    Adjective,
    /// <summary>Comparative or superlative adjective (JJR, JJS): "better", "largest".</summary>
    Comparative,
    /// <summary>Finite or base verb (VB, VBD, VBP, VBZ).</summary>
    Verb,
    /// <summary>Past participle (VBN).</summary>
    PastParticiple,
    /// <summary>Gerund or present participle (VBG).</summary>
    Gerund,
    /// <summary>Adverb (RB, RBR, RBS, WRB).</summary>
    Adverb,
    /// <summary>Determiner or possessive pronoun (DT, PDT, WDT, PRP$).</summary>
    Determiner,
    /// <summary>Preposition or subordinating conjunction (IN), and "to".</summary>
    Preposition,
    /// <summary>Personal pronoun (PRP, WP).</summary>
    Pronoun,
    /// <summary>Modal verb (MD).</summary>
    Modal,
    /// <summary>Coordinating conjunction (CC).</summary>
    Conjunction,
    /// <summary>Number (CD).</summary>
    Number,
}
